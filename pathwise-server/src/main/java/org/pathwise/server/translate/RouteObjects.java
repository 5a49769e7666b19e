package org.pathwise.server.translate;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.RouteHop;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Ipv6PrefixSubobject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.SrlgSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnnumberedInterfaceSubobject;
import org.pathwise.ted.TeSnapshot;

/**
 * IRO, XRO and RRO sub-objects → TED nodes and links (docs/server.md, "Route objects").
 * An address names the node that owns it (router ID, node address or interface address); an
 * unnumbered interface names the link leaving that router on that interface; an SR sub-object names
 * its NAI, or failing that the node or adjacency whose SID label it carries.
 */
final class RouteObjects {
    /** XRO attribute octet (RFC 5521 §2.1.1): what an address sub-object stands for. */
    private static final int XRO_INTERFACE = 0;
    private static final int XRO_NODE = 1;
    private static final int XRO_SRLG = 2;

    private RouteObjects() {}

    /** The include route, or null when some hop names nothing in the TED ({@code unknown} gets its text). */
    static List<RouteHop> includeRoute(Iro iro, AddressBook book, StringBuilder unknown) {
        TeSnapshot s = book.snapshot();
        List<RouteHop> hops = new ArrayList<>(iro.subobjects().size());
        for (Subobject so : iro.subobjects()) {
            int node = -1;
            int link = -1;
            switch (so) {
                case Ipv4PrefixSubobject p -> node = book.node(Addresses.toInet(p.address()));
                case Ipv6PrefixSubobject p -> node = book.node(Addresses.toInet(p.address()));
                case UnnumberedInterfaceSubobject u -> link = book.unnumberedLink(u.routerId().bits(), u.interfaceId());
                case SrSubobject sr -> {
                    int[] resolved = srHop(sr, book);
                    node = resolved[0];
                    link = resolved[1];
                }
                default -> { }
            }
            if (link >= 0) {
                hops.add(new RouteHop(RouteHop.Kind.LINK, s.link(link).id(), so.loose()));
            } else if (node >= 0) {
                hops.add(new RouteHop(RouteHop.Kind.NODE, s.node(node).id(), so.loose()));
            } else {
                unknown.append(describe(so));
                return null;
            }
        }
        return hops;
    }

    /** The exclusions of an XRO; sub-objects naming nothing in the TED exclude nothing. */
    static List<Exclusion> exclusions(Xro xro, AddressBook book) {
        TeSnapshot s = book.snapshot();
        List<Exclusion> out = new ArrayList<>();
        for (Subobject so : xro.subobjects()) {
            List<Exclusion> these = new ArrayList<>(2);
            switch (so) {
                case Ipv4PrefixSubobject p -> byAddress(Addresses.toInet(p.address()), p.prefixLength(), 32,
                        p.attribute(), book, these);
                case Ipv6PrefixSubobject p -> byAddress(Addresses.toInet(p.address()), p.prefixLength(), 128,
                        p.attribute(), book, these);
                case UnnumberedInterfaceSubobject u -> {
                    int l = book.unnumberedLink(u.routerId().bits(), u.interfaceId());
                    if (l >= 0) {
                        exclude(l, u.attribute(), s, these);
                    }
                }
                case SrlgSubobject g -> these.add(Exclusion.srlg((int) g.srlgId()));
                default -> { } // AS numbers, labels, path keys: nothing in a single-domain TED to exclude
            }
            // RFC 5521 §2.1: X (the L position) set = exclude if possible; clear = must exclude.
            for (Exclusion x : these) {
                out.add(so.loose() ? x.preferred() : x);
            }
        }
        return out;
    }

    /**
     * The links an existing LSP holds, from its RRO. An address that is an interface of a link
     * leaving the previous hop (its local address, as a router records its egress, or its remote
     * address, as an ERO names the next hop) is that link; any other address names a node, reached
     * over the link between it and the previous hop. Unnumbered and adjacency hops are links.
     * Hops the TED does not know are skipped.
     */
    static Set<String> recordedLinks(Rro rro, AddressBook book, int source) {
        TeSnapshot s = book.snapshot();
        Set<String> links = new LinkedHashSet<>();
        Set<InetAddress> recorded = new java.util.HashSet<>();
        int previous = source;
        for (Subobject so : rro.subobjects()) {
            int node = -1;
            int link = -1;
            switch (so) {
                case Ipv4PrefixSubobject p -> {
                    InetAddress a = Addresses.toInet(p.address());
                    recorded.add(a);
                    link = interfaceLeaving(book, a, previous);
                    node = book.node(a);
                }
                case Ipv6PrefixSubobject p -> {
                    InetAddress a = Addresses.toInet(p.address());
                    recorded.add(a);
                    link = interfaceLeaving(book, a, previous);
                    node = book.node(a);
                }
                case UnnumberedInterfaceSubobject u -> link = book.unnumberedLink(u.routerId().bits(), u.interfaceId());
                case SrSubobject sr -> {
                    int[] resolved = srHop(sr, book);
                    node = resolved[0];
                    link = resolved[1];
                }
                default -> { }
            }
            if (link >= 0) {
                links.add(s.link(link).id());
                previous = s.dst(link);
            } else if (node >= 0 && node != previous) {
                int between = linkBetween(s, previous, node, recorded);
                if (between >= 0) {
                    links.add(s.link(between).id());
                }
                previous = node;
            }
        }
        return links;
    }

    /** The link leaving {@code from} with {@code address} as its local, else remote, address; -1 if none. */
    private static int interfaceLeaving(AddressBook book, InetAddress address, int from) {
        TeSnapshot s = book.snapshot();
        int byRemote = -1;
        for (int l : book.links(address)) {
            if (s.src(l) != from) {
                continue;
            }
            if (address.equals(s.link(l).localAddress())) {
                return l;
            }
            byRemote = l;
        }
        return byRemote;
    }

    private static int linkBetween(TeSnapshot s, int from, int to, Set<InetAddress> recorded) {
        if (from < 0) {
            return -1;
        }
        int first = -1;
        for (int i = s.outStart(from), end = s.outStart(from + 1); i < end; i++) {
            int l = s.outLink(i);
            if (s.dst(l) != to) {
                continue;
            }
            var link = s.link(l);
            if ((link.localAddress() != null && recorded.contains(link.localAddress()))
                    || (link.remoteAddress() != null && recorded.contains(link.remoteAddress()))) {
                return l;
            }
            if (first < 0) {
                first = l;
            }
        }
        return first;
    }

    /** {node, link} an SR sub-object names: its NAI first, else its SID label. */
    private static int[] srHop(SrSubobject sr, AddressBook book) {
        TeSnapshot s = book.snapshot();
        Nai nai = sr.nai();
        if (nai != null) {
            switch (nai) {
                case Nai.Ipv4Node n -> {
                    return new int[] {book.node(Addresses.toInet(n.address())), -1};
                }
                case Nai.Ipv6Node n -> {
                    return new int[] {book.node(Addresses.toInet(n.address())), -1};
                }
                case Nai.Ipv4Adjacency a -> {
                    return new int[] {-1, adjacency(book, Addresses.toInet(a.local()), Addresses.toInet(a.remote()))};
                }
                case Nai.Ipv6Adjacency a -> {
                    return new int[] {-1, adjacency(book, Addresses.toInet(a.local()), Addresses.toInet(a.remote()))};
                }
                case Nai.UnnumberedAdjacency u -> {
                    return new int[] {-1, book.unnumberedLink(u.localNode().bits(), u.localInterface())};
                }
                case Nai.Ipv6LinkLocalAdjacency u -> {
                    return new int[] {-1, adjacency(book, Addresses.toInet(u.local()), Addresses.toInet(u.remote()))};
                }
            }
        }
        if (sr.sid() != null && sr.mplsLabel()) {
            int label = sr.label();
            int link = book.linkByAdjacencySid(label);
            if (link >= 0) {
                return new int[] {-1, link};
            }
            return new int[] {book.nodeBySidLabel(label), -1};
        }
        return new int[] {-1, -1};
    }

    private static int adjacency(AddressBook book, InetAddress local, InetAddress remote) {
        TeSnapshot s = book.snapshot();
        for (int l : book.links(local)) {
            var link = s.link(l);
            if (local.equals(link.localAddress()) && (remote == null || remote.equals(link.remoteAddress()))) {
                return l;
            }
        }
        return -1;
    }

    private static void byAddress(InetAddress address, int prefixLength, int hostLength, int attribute,
            AddressBook book, List<Exclusion> out) {
        TeSnapshot s = book.snapshot();
        boolean host = prefixLength >= hostLength;
        if (attribute == XRO_NODE) {
            List<Integer> nodes = host ? single(book.node(address)) : book.nodesInPrefix(address, prefixLength);
            for (int n : nodes) {
                out.add(Exclusion.node(s.node(n).id()));
            }
            return;
        }
        List<Integer> links = host ? book.links(address) : book.linksInPrefix(address, prefixLength);
        for (int l : links) {
            exclude(l, attribute, s, out);
        }
    }

    /** An interface exclusion keeps both directions of the link off the path; SRLG: its groups. */
    private static void exclude(int l, int attribute, TeSnapshot s, List<Exclusion> out) {
        if (attribute == XRO_SRLG) {
            for (int i = 0; i < s.srlgCount(l); i++) {
                out.add(Exclusion.srlg(s.srlg(l, i)));
            }
            return;
        }
        if (attribute == XRO_INTERFACE) {
            out.add(Exclusion.link(s.link(l).id()));
            if (s.reverse(l) >= 0) {
                out.add(Exclusion.link(s.link(s.reverse(l)).id()));
            }
            return;
        }
        if (attribute == XRO_NODE) {
            out.add(Exclusion.node(s.node(s.src(l)).id()));
        }
    }

    private static List<Integer> single(int index) {
        return index < 0 ? List.of() : List.of(index);
    }

    private static String describe(Subobject so) {
        return switch (so) {
            case Ipv4PrefixSubobject p -> p.address() + "/" + p.prefixLength();
            case Ipv6PrefixSubobject p -> p.address() + "/" + p.prefixLength();
            case UnnumberedInterfaceSubobject u -> u.routerId() + " interface " + u.interfaceId();
            case SrSubobject sr -> "SR segment " + (sr.nai() != null ? sr.nai() : "label " + sr.label());
            default -> so.getClass().getSimpleName() + " (not a hop Pathwise can resolve)";
        };
    }

}
