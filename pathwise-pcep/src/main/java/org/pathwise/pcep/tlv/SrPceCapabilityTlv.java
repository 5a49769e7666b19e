package org.pathwise.pcep.tlv;

/**
 * SR-PCE-CAPABILITY (type 26; RFC 8664 §4.1.2): a sub-TLV of PATH-SETUP-TYPE-CAPABILITY, and the
 * same layout as the deprecated top-level TLV that older routers still send.
 *
 * @param naiResolution N: the PCC can resolve a NAI to a SID
 * @param unlimitedMsd X: no maximum SID depth
 * @param maxSidDepth MSD
 */
public record SrPceCapabilityTlv(boolean naiResolution, boolean unlimitedMsd, int maxSidDepth) implements Tlv {}
