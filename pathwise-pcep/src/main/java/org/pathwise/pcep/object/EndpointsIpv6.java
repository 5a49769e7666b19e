package org.pathwise.pcep.object;

import org.pathwise.pcep.types.Ipv6Address;

/** END-POINTS, IPv6 (class 4, type 2; RFC 5440 §7.6). */
public record EndpointsIpv6(ObjectFlags flags, Ipv6Address source, Ipv6Address destination) implements PcepObject {}
