package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Ipv6Address;

/** IPV6-ADDRESS (type 40; RFC 8779 §2.5.2.2). */
public record Ipv6AddressTlv(Ipv6Address address) implements Tlv {}
