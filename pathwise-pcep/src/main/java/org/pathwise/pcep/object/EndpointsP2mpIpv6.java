package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.types.Ipv6Address;

/** END-POINTS, P2MP IPv6 (class 4, type 4; RFC 8306 §3.3.2); see {@link EndpointsP2mpIpv4}. */
public record EndpointsP2mpIpv6(ObjectFlags flags, long leafType, Ipv6Address source, List<Ipv6Address> destinations)
        implements PcepObject {
    public EndpointsP2mpIpv6 {
        destinations = List.copyOf(destinations);
    }
}
