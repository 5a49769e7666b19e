package org.pathwise.pcep.subobject;

/**
 * An ERO, RRO, IRO or XRO sub-object (RFC 3209 §4.3.3 layout: L|Type, Length, body).
 *
 * <p>{@link #loose()} is the top bit of the type octet: L (loose hop) in ERO and IRO, X (exclude
 * if possible) in XRO (RFC 5521 §2.1), reserved and normally clear in RRO.
 */
public sealed interface Subobject
        permits Ipv4PrefixSubobject, Ipv6PrefixSubobject, LabelSubobject, UnnumberedInterfaceSubobject,
                AsNumberSubobject, SrlgSubobject, SrSubobject, Srv6Subobject, PathKeySubobject, UnknownSubobject {

    boolean loose();
}
