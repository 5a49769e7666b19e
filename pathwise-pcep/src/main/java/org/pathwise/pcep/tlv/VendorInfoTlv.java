package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** VENDOR-INFO (type 7; RFC 7470 §3): enterprise number and opaque information. */
public record VendorInfoTlv(long enterpriseNumber, Bytes information) implements Tlv {}
