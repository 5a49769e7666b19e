package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Ipv6Address;

/** IPv6 prefix (type 2; RFC 3209 §4.3.3.4); {@code attribute} as in {@link Ipv4PrefixSubobject}. */
public record Ipv6PrefixSubobject(boolean loose, Ipv6Address address, int prefixLength, int attribute)
        implements Subobject {}
