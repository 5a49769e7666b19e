package org.pathwise.pcep.tlv;

/** LSP-DB-VERSION (type 23; RFC 8232 §4.1): the 64-bit LSP state database version. */
public record LspDbVersionTlv(long version) implements Tlv {}
