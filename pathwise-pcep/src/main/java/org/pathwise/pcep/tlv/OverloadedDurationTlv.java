package org.pathwise.pcep.tlv;

/** OVERLOADED-DURATION (type 2; RFC 5440 §7.14): seconds the PCE expects to stay overloaded. */
public record OverloadedDurationTlv(long seconds) implements Tlv {}
