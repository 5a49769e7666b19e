package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.types.Ipv4Address;

/**
 * END-POINTS, P2MP IPv4 (class 4, type 3; RFC 8306 §3.3.2).
 *
 * @param leafType 1 new leaves, 2 old leaves to remove, 3 old leaves that may be re-optimised,
 *     4 old leaves that must stay unchanged
 */
public record EndpointsP2mpIpv4(ObjectFlags flags, long leafType, Ipv4Address source, List<Ipv4Address> destinations)
        implements PcepObject {
    public EndpointsP2mpIpv4 {
        destinations = List.copyOf(destinations);
    }
}
