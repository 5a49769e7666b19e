package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Ipv4Address;

/** IPV4-ADDRESS (type 39; RFC 8779 §2.5.2.1): an endpoint in a generalized END-POINTS. */
public record Ipv4AddressTlv(Ipv4Address address) implements Tlv {}
