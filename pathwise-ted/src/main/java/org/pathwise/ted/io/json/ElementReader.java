package org.pathwise.ted.io.json;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.GreatCircle;

/**
 * Reads one node or one link entry of Pathwise's format into the model, with every check and
 * error message of the format. Both document readers ({@link PathwiseReader} over a whole tree,
 * {@link StreamingReader} one list element at a time) go through here, so they accept and build
 * exactly the same things.
 */
final class ElementReader {

    private final Values v;
    /** Nodes read so far, by id: links check their endpoints here and take coordinates from them. */
    private final Map<String, Node> nodes = new HashMap<>();
    private Tree.Obj defaults;

    ElementReader(Values v) {
        this.v = v;
    }

    /** The document's {@code defaults} block (null: none); checked, then used by every link read after. */
    void defaults(Tree t, Tree.Pos documentPos) {
        defaults = t == null ? Tree.Obj.empty(documentPos) : v.object(t, "defaults");
        v.onlyKeys(defaults, PathwiseFormat.ATTRIBUTE_KEYS, "defaults");
    }

    /** Reads a node entry and remembers it; a second node with the same id is an error at {@code t}. */
    Node addNode(Tree t) {
        Node n = node(v.object(t, "a node"));
        if (nodes.putIfAbsent(n.id(), n) != null) {
            throw v.error(t, "duplicate node id '" + n.id() + "'");
        }
        return n;
    }

    private Node node(Tree.Obj o) {
        Tree idTree = o.get("id");
        if (idTree == null) {
            throw v.error(o, "a node needs an 'id'");
        }
        String id = v.string(idTree, "node id");
        String what = "node '" + id + "'";
        v.onlyKeys(o, PathwiseFormat.NODE_KEYS, what);
        List<InetAddress> addresses = new ArrayList<>();
        if (o.get("addresses") != null) {
            for (Tree a : v.array(o.get("addresses"), what + " addresses")) {
                addresses.add(v.address(a, what + " address"));
            }
        }
        try {
            return new Node(id,
                    o.get("name") == null ? id : v.string(o.get("name"), what + " name"),
                    o.get("routerId") == null ? null : v.ipv4(o.get("routerId"), what + " routerId"),
                    o.get("ipv6RouterId") == null ? null : v.ipv6(o.get("ipv6RouterId"), what + " ipv6RouterId"),
                    addresses,
                    o.get("sr") == null ? null : sr(v.object(o.get("sr"), what + " sr"), what),
                    o.get("latitude") == null ? Double.NaN : v.number(o.get("latitude"), what + " latitude"),
                    o.get("longitude") == null ? Double.NaN : v.number(o.get("longitude"), what + " longitude"));
        } catch (TopologyException e) {
            throw e.file() != null ? e : v.error(o, e.getMessage());
        }
    }

    private SrNodeInfo sr(Tree.Obj o, String what) {
        v.onlyKeys(o, PathwiseFormat.SR_KEYS, what + " sr");
        int base = o.get("srgbBase") == null ? 0 : (int) v.integer(o.get("srgbBase"), "srgbBase", 16, SrNodeInfo.MAX_LABEL);
        int range = o.get("srgbRange") == null ? 0 : (int) v.integer(o.get("srgbRange"), "srgbRange", 1, SrNodeInfo.MAX_LABEL);
        if ((o.get("srgbBase") == null) != (o.get("srgbRange") == null)) {
            throw v.error(o, what + " sr needs both srgbBase and srgbRange, or neither");
        }
        int index = o.get("nodeSidIndex") == null ? -1 : (int) v.integer(o.get("nodeSidIndex"), "nodeSidIndex", 0, SrNodeInfo.MAX_LABEL);
        java.net.Inet6Address locator = null;
        int length = 0;
        if (o.get("srv6Locator") != null) {
            Tree t = o.get("srv6Locator");
            String text = v.string(t, "srv6Locator");
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw v.error(t, "srv6Locator must be a prefix like fc00:0:1::/48");
            }
            locator = v.ipv6(new Tree.Scalar(t.pos(), Tree.Scalar.Kind.STRING, text.substring(0, slash)), "srv6Locator");
            try {
                length = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw v.error(t, "srv6Locator must be a prefix like fc00:0:1::/48");
            }
        }
        return new SrNodeInfo(base, range, index, locator, length);
    }

    /** The one or two directed links (forward first) a link entry stands for. */
    List<Link> link(Tree.Obj o) {
        Tree idTree = o.get("id");
        if (idTree == null) {
            throw v.error(o, "a link needs an 'id'");
        }
        String id = v.string(idTree, "link id");
        String what = "link '" + id + "'";
        v.onlyKeys(o, PathwiseFormat.LINK_KEYS, what);
        String from = endpoint(o, "from", what);
        String to = endpoint(o, "to", what);
        boolean bidirectional = o.get("bidirectional") == null || v.bool(o.get("bidirectional"), what + " bidirectional");
        Tree.Obj fwd = block(o, "forward", what);
        Tree.Obj rev = block(o, "reverse", what);
        if (!bidirectional && o.get("reverse") != null) {
            throw v.error(o.get("reverse"), what + " is one-way (bidirectional: false) but has a 'reverse' block");
        }
        if (bidirectional && o.get("adjacencySid") != null) {
            throw v.error(o.get("adjacencySid"), what + ": an adjacency SID belongs to one direction; "
                    + "put it under 'forward:' or 'reverse:'");
        }
        if (fwd.get("id") != null) {
            throw v.error(fwd.get("id"), what + ": the forward direction's id is the link id; remove forward.id");
        }
        Link forward = direction(o, fwd, id, from, to, false, what);
        if (!bidirectional) {
            return List.of(forward);
        }
        String reverseId = rev.get("id") == null ? id + "/r" : v.string(rev.get("id"), what + " reverse.id");
        Link backward = direction(o, rev, reverseId, to, from, true, what + " (reverse)");
        return List.of(forward, backward);
    }

    private String endpoint(Tree.Obj o, String key, String what) {
        Tree t = o.get(key);
        if (t == null) {
            throw v.error(o, what + " needs '" + key + "'");
        }
        String nodeId = v.string(t, what + " " + key);
        Node n = nodes.get(nodeId);
        if (n == null) {
            throw v.error(t, what + " references unknown node '" + nodeId + "'");
        }
        return n.id(); // the node's own string: links share it, and id lookups end at an identity test
    }

    private Tree.Obj block(Tree.Obj o, String key, String what) {
        if (o.get(key) == null) {
            return Tree.Obj.empty(o.pos());
        }
        Tree.Obj block = v.object(o.get(key), what + " " + key);
        v.onlyKeys(block, PathwiseFormat.DIRECTION_KEYS, what + " " + key);
        return block;
    }

    private Link direction(Tree.Obj link, Tree.Obj dir, String id, String from, String to, boolean reversed, String what) {
        Lookup a = new Lookup(dir, link, defaults);
        Link.Builder l = Link.builder(id, from, to);
        // Link-level addresses name the two ends; each direction sees them from its own side.
        Tree fromAddress = link.get("fromAddress");
        Tree toAddress = link.get("toAddress");
        Tree local = dir.get("localAddress") != null ? dir.get("localAddress") : reversed ? toAddress : fromAddress;
        Tree remote = dir.get("remoteAddress") != null ? dir.get("remoteAddress") : reversed ? fromAddress : toAddress;
        l.addresses(local == null ? null : v.address(local, what + " local address"),
                remote == null ? null : v.address(remote, what + " remote address"));
        Tree fromIf = link.get("fromInterfaceId");
        Tree toIf = link.get("toInterfaceId");
        Tree localIf = dir.get("localInterfaceId") != null ? dir.get("localInterfaceId") : reversed ? toIf : fromIf;
        Tree remoteIf = dir.get("remoteInterfaceId") != null ? dir.get("remoteInterfaceId") : reversed ? fromIf : toIf;
        l.interfaceIds(localIf == null ? 0 : v.integer(localIf, what + " interface id", 1, Link.MAX_METRIC),
                remoteIf == null ? 0 : v.integer(remoteIf, what + " interface id", 1, Link.MAX_METRIC));
        Tree sid = dir.get("adjacencySid") != null ? dir.get("adjacencySid") : link.get("adjacencySid");
        if (sid != null) {
            l.adjacencySidLabel((int) v.integer(sid, what + " adjacencySid", SrNodeInfo.FIRST_UNRESERVED_LABEL, SrNodeInfo.MAX_LABEL));
        }
        Tree t = a.get("igpMetric");
        long igp = t != null ? v.integer(t, what + " igpMetric", 0, Link.MAX_METRIC) : 1;
        l.igpMetric(igp);
        t = a.get("teMetric");
        l.teMetric(t != null ? v.integer(t, what + " teMetric", 0, Link.MAX_METRIC) : igp);
        t = a.get("delay");
        l.delayMicros(t != null ? delay(t, what) : geographicDelay(from, to));
        t = a.get("bandwidth");
        if (t == null) {
            throw v.error(link, what + " needs a bandwidth (e.g. bandwidth: 10G), here or in 'defaults'");
        }
        double max = v.bandwidth(t, what + " bandwidth");
        t = a.get("reservableBandwidth");
        double reservable = t != null ? v.bandwidth(t, what + " reservableBandwidth") : max;
        l.maxBandwidth(max).maxReservableBandwidth(reservable);
        if ((t = a.get("unreservedBandwidth")) != null) {
            l.unreservedBandwidth(unreserved(t, what));
        }
        if ((t = a.get("adminGroups")) != null) {
            long[] words = v.bits(t, what + " adminGroups", 32).toLongArray();
            l.adminGroup(words.length == 0 ? 0 : (int) words[0]);
        }
        if ((t = a.get("extendedAdminGroups")) != null) {
            l.extendedAdminGroup(v.bits(t, what + " extendedAdminGroups", 1 << 16).toLongArray());
        }
        if ((t = a.get("srlgs")) != null) {
            l.srlgs(v.unsigned32List(t, what + " srlgs"));
        }
        if ((t = a.get("wavelengths")) != null) {
            Tree.Obj w = v.object(t, what + " wavelengths");
            v.onlyKeys(w, PathwiseFormat.WAVELENGTH_KEYS, what + " wavelengths");
            if (w.get("channels") == null) {
                throw v.error(w, what + " wavelengths needs 'channels' (the grid size, e.g. 80)");
            }
            int count = (int) v.integer(w.get("channels"), what + " wavelengths.channels", 1, 1 << 16);
            BitSet free = w.get("available") == null ? allOf(count) : v.channels(w.get("available"), what + " wavelengths.available", count);
            l.wavelengths(free, count);
        }
        try {
            return l.build();
        } catch (TopologyException e) {
            throw v.error(link, e.getMessage());
        }
    }

    private int delay(Tree t, String what) {
        int micros = v.delayMicros(t, what + " delay");
        if (micros > Link.MAX_DELAY_MICROS) {
            throw v.error(t, what + " delay must be at most " + Link.MAX_DELAY_MICROS + " µs (RFC 7471 carries 24 bits)");
        }
        return micros;
    }

    /** Without an explicit delay: fibre along the great circle when both ends have coordinates, else 0. */
    private int geographicDelay(String from, String to) {
        Node a = nodes.get(from);
        Node b = nodes.get(to);
        if (a.hasCoordinates() && b.hasCoordinates()) {
            return GreatCircle.delayMicros(GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude()));
        }
        return 0;
    }

    private double[] unreserved(Tree t, String what) {
        double[] perPriority = new double[Link.PRIORITIES];
        if (t instanceof Tree.Arr arr) {
            if (arr.items().size() != Link.PRIORITIES) {
                throw v.error(t, what + " unreservedBandwidth needs 8 values (priorities 0..7) or one value for all");
            }
            for (int p = 0; p < Link.PRIORITIES; p++) {
                perPriority[p] = v.bandwidth(arr.items().get(p), what + " unreservedBandwidth[" + p + "]");
            }
        } else {
            java.util.Arrays.fill(perPriority, v.bandwidth(t, what + " unreservedBandwidth"));
        }
        return perPriority;
    }

    private static BitSet allOf(int count) {
        BitSet all = new BitSet(count);
        all.set(0, count);
        return all;
    }

    /** Attribute lookup: direction block, then link, then defaults. */
    private record Lookup(Tree.Obj direction, Tree.Obj link, Tree.Obj defaults) {
        Tree get(String key) {
            Tree t = direction.get(key);
            if (t == null) {
                t = link.get(key);
            }
            return t != null ? t : defaults.get(key);
        }
    }
}
