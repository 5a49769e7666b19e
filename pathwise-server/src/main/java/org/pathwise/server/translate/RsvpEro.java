package org.pathwise.server.translate;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.Path;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Ipv6PrefixSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnnumberedInterfaceSubobject;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;

/**
 * The ERO of an RSVP-TE path (RFC 5440 §7.9, sub-objects of RFC 3209 §4.3.3 / RFC 3477): one
 * strict hop per link, naming the next node by the link's remote interface address (the address
 * RSVP signals towards), else the unnumbered interface (RFC 3477), else the next node's router ID.
 * An IPv6 request prefers IPv6 addresses, an IPv4 one IPv4 addresses.
 */
public final class RsvpEro {
    private RsvpEro() {}

    /**
     * The hops, or null when a node on the path has no address at all (a topology imported without
     * addresses): such a path cannot be written as an ERO; {@link #unnamedNode} says which node.
     */
    public static List<Subobject> hops(TeSnapshot s, Path path, boolean ipv6) {
        List<Subobject> hops = new ArrayList<>(path.hopCount());
        for (int i = 0; i < path.hopCount(); i++) {
            int l = path.link(i);
            Subobject hop = hop(s.link(l), s.node(s.dst(l)), ipv6);
            if (hop == null) {
                return null;
            }
            hops.add(hop);
        }
        return hops;
    }

    /** The first node of the path after the source that has no address, or null. */
    public static String unnamedNode(TeSnapshot s, Path path) {
        for (int i = 1; i < path.nodes().length; i++) {
            Node n = s.node(path.node(i));
            if (n.allAddresses().isEmpty() && s.link(path.link(i - 1)).remoteAddress() == null) {
                return n.id();
            }
        }
        return null;
    }

    private static Subobject hop(Link link, Node next, boolean ipv6) {
        InetAddress remote = link.remoteAddress();
        if (remote != null && (remote instanceof Inet6Address) == ipv6) {
            return prefix(remote);
        }
        if (!ipv6 && link.remoteInterfaceId() != 0 && next.routerId() != null) {
            return new UnnumberedInterfaceSubobject(false, 0, 0, Addresses.ipv4(next.routerId()), link.remoteInterfaceId());
        }
        InetAddress id = ipv6 ? next.ipv6RouterId() : next.routerId();
        if (id != null) {
            return prefix(id);
        }
        if (remote != null) {
            return prefix(remote);
        }
        InetAddress other = ipv6 ? next.routerId() : next.ipv6RouterId();
        if (other != null) {
            return prefix(other);
        }
        List<InetAddress> all = next.allAddresses();
        return all.isEmpty() ? null : prefix(all.get(0));
    }

    private static Subobject prefix(InetAddress a) {
        if (a instanceof Inet4Address) {
            return new Ipv4PrefixSubobject(false, (Ipv4Address) Addresses.fromInet(a), 32, 0);
        }
        return new Ipv6PrefixSubobject(false, (Ipv6Address) Addresses.fromInet(a), 128, 0);
    }
}
