package org.pathwise.ted;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's cold attributes. {@code id} is the unique, user-facing key (what users type on the CLI).
 *
 * @param id unique key, non-empty
 * @param name display name; defaults to {@code id} when null
 * @param routerId IPv4 TE router ID (RFC 3630 §2.4.1 / RFC 5305 §4.3), nullable
 * @param ipv6RouterId IPv6 TE router ID (RFC 5329 §3 / RFC 6119 §4.1), nullable
 * @param addresses interface and loopback addresses, may be empty
 * @param sr Segment Routing attributes, nullable
 * @param latitude degrees north, NaN when unknown
 * @param longitude degrees east, NaN when unknown
 */
public record Node(String id, String name,
                   Inet4Address routerId,
                   Inet6Address ipv6RouterId,
                   List<InetAddress> addresses,
                   SrNodeInfo sr,
                   double latitude, double longitude) {

    public Node {
        if (id == null || id.isBlank()) {
            throw new TopologyException("a node needs a non-empty id");
        }
        if (name == null) {
            name = id;
        }
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (!Double.isNaN(latitude) && (latitude < -90 || latitude > 90)) {
            throw new TopologyException("node '" + id + "': latitude must be in [-90, 90] (got " + latitude + ")");
        }
        if (!Double.isNaN(longitude) && (longitude < -180 || longitude > 180)) {
            throw new TopologyException("node '" + id + "': longitude must be in [-180, 180] (got " + longitude + ")");
        }
    }

    /** A node with only an id: no addresses, no SR, no coordinates. */
    public static Node of(String id) {
        return new Node(id, id, null, null, List.of(), null, Double.NaN, Double.NaN);
    }

    /** True when both latitude and longitude are known. */
    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    /** Router IDs first, then the other addresses: every address that names this node. */
    public List<InetAddress> allAddresses() {
        List<InetAddress> all = new ArrayList<>(addresses.size() + 2);
        if (routerId != null) {
            all.add(routerId);
        }
        if (ipv6RouterId != null) {
            all.add(ipv6RouterId);
        }
        for (InetAddress a : addresses) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return all;
    }

    public Node withSr(SrNodeInfo newSr) {
        return new Node(id, name, routerId, ipv6RouterId, addresses, newSr, latitude, longitude);
    }

    public Node withCoordinates(double newLatitude, double newLongitude) {
        return new Node(id, name, routerId, ipv6RouterId, addresses, sr, newLatitude, newLongitude);
    }

    public Node withRouterId(Inet4Address newRouterId) {
        return new Node(id, name, newRouterId, ipv6RouterId, addresses, sr, latitude, longitude);
    }
}
