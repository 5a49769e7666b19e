package org.pathwise.pcep.tlv;

/**
 * PATH-PROTECTION-ASSOCIATION-GROUP (type 38; RFC 8745 §3.2).
 *
 * @param protectionType PT (6 bits), the LSP protection type of RFC 4872
 * @param protecting P: this LSP is the protecting one
 * @param secondary S: secondary (not primary) LSP
 */
public record PathProtectionAssociationTlv(int protectionType, boolean protecting, boolean secondary)
        implements Tlv {}
