package org.pathwise.pcep.tlv;

/**
 * P2MP-CAPABLE (type 6; RFC 8306 §3.1.2): the PCE can compute P2MP paths. Its 2-byte value has no
 * assigned bits; whatever is there is kept for the round trip.
 */
public record P2mpCapableTlv(int value) implements Tlv {}
