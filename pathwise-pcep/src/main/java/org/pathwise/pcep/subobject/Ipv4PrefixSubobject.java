package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Ipv4Address;

/**
 * IPv4 prefix (type 1; RFC 3209 §4.3.3.3, RFC 5521 §2.1.1).
 *
 * @param attribute the octet after the prefix length: reserved (0) in ERO/IRO; in RRO the flags of
 *     RFC 3209 §4.4.1 (0x01 local protection available, 0x02 local protection in use); in XRO the
 *     Attribute of RFC 5521 (0 interface, 1 node, 2 SRLG)
 */
public record Ipv4PrefixSubobject(boolean loose, Ipv4Address address, int prefixLength, int attribute)
        implements Subobject {
    /** A strict /32 hop, the common ERO entry. */
    public static Ipv4PrefixSubobject strict(Ipv4Address address) {
        return new Ipv4PrefixSubobject(false, address, 32, 0);
    }
}
