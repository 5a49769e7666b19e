package org.pathwise.pcep.tlv;

/** LSP-ERROR-CODE (type 20; RFC 8231 §7.3.3): 1 unknown, 2 limit reached, … 8 RSVP signaling error. */
public record LspErrorCodeTlv(long code) implements Tlv {}
