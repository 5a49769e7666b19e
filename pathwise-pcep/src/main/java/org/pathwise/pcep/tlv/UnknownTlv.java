package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** A TLV this codec has no parser for (RFC 5440 §7.1: ignored, but kept for the round trip). */
public record UnknownTlv(int type, Bytes value) implements Tlv {}
