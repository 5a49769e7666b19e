package org.pathwise.pcep.tlv;

/** ORDER (type 5; RFC 5557 §5.4): GCO delete and setup order of an LSP, in an RP. */
public record OrderTlv(long deleteOrder, long setupOrder) implements Tlv {}
