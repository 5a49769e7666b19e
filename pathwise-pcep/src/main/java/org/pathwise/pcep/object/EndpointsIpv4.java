package org.pathwise.pcep.object;

import org.pathwise.pcep.types.Ipv4Address;

/** END-POINTS, IPv4 (class 4, type 1; RFC 5440 §7.6). */
public record EndpointsIpv4(ObjectFlags flags, Ipv4Address source, Ipv4Address destination) implements PcepObject {}
