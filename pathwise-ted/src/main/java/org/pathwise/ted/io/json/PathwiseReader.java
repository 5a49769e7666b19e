package org.pathwise.ted.io.json;

import java.io.Reader;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.GreatCircle;
import org.pathwise.ted.io.TopologyDocument;

/**
 * Reads Pathwise's own topology format (JSON or YAML; see docs/topology.md). A link is written once
 * and, unless {@code bidirectional: false}, stands for both directions: the forward link keeps the
 * id, the reverse one is {@code id + "/r"} unless {@code reverse.id} says otherwise. Attribute
 * lookup for each direction: its {@code forward}/{@code reverse} block, then the link, then
 * {@code defaults}, then the built-in default.
 */
public final class PathwiseReader {

    private final String fileName;
    private final Values v;
    private Tree.Obj defaults;
    private final Map<String, Node> nodes = new HashMap<>();

    private PathwiseReader(String fileName) {
        this.fileName = fileName;
        this.v = new Values(fileName);
    }

    public static TopologyDocument readJson(Reader in, String fileName) {
        return new PathwiseReader(fileName).read(TreeReader.readJson(in, fileName));
    }

    public static TopologyDocument readYaml(Reader in, String fileName) {
        return new PathwiseReader(fileName).read(TreeReader.readYaml(in, fileName));
    }

    private TopologyDocument read(Tree document) {
        Tree.Obj root = v.object(document, "the topology document");
        v.onlyKeys(root, PathwiseFormat.TOP_KEYS, "the topology document");
        Tree format = root.get("format");
        if (format != null && !PathwiseFormat.FORMAT.equals(v.string(format, "format"))) {
            throw v.error(format, "format must be '" + PathwiseFormat.FORMAT + "' (got '" + v.string(format, "format") + "')");
        }
        defaults = root.get("defaults") == null ? new Tree.Obj(root.pos(), Map.of(), Map.of()) : v.object(root.get("defaults"), "defaults");
        v.onlyKeys(defaults, PathwiseFormat.ATTRIBUTE_KEYS, "defaults");
        if (root.get("nodes") == null) {
            throw v.error(root, "the topology has no 'nodes' list");
        }
        TopologyBuilder b = TopologyBuilder.create();
        for (Tree t : v.array(root.get("nodes"), "nodes")) {
            Node n = node(v.object(t, "a node"));
            if (nodes.putIfAbsent(n.id(), n) != null) {
                throw v.error(t, "duplicate node id '" + n.id() + "'");
            }
            b.addNode(n);
        }
        Map<String, Tree> linkIds = new HashMap<>();
        if (root.get("links") != null) {
            for (Tree t : v.array(root.get("links"), "links")) {
                List<Link> directions = link(v.object(t, "a link"));
                for (Link l : directions) {
                    Tree first = linkIds.putIfAbsent(l.id(), t);
                    if (first != null) {
                        throw v.error(t, "duplicate link id '" + l.id() + "' (first at line " + first.pos().line() + ")");
                    }
                }
                if (directions.size() == 2) {
                    b.addBidirectional(directions.get(0), directions.get(1));
                } else {
                    b.addLink(directions.get(0));
                }
            }
        }
        TeSnapshot snapshot;
        try {
            snapshot = b.build();
        } catch (TopologyException e) {
            throw TopologyException.at(fileName, 0, 0, e);
        }
        return new TopologyDocument(snapshot, optionalText(root, "name"), optionalText(root, "description"),
                optionalText(root, "attribution"));
    }

    private String optionalText(Tree.Obj root, String key) {
        return root.get(key) == null ? null : v.string(root.get(key), key);
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
    private List<Link> link(Tree.Obj o) {
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
        if (!nodes.containsKey(nodeId)) {
            throw v.error(t, what + " references unknown node '" + nodeId + "'");
        }
        return nodeId;
    }

    private Tree.Obj block(Tree.Obj o, String key, String what) {
        if (o.get(key) == null) {
            return new Tree.Obj(o.pos(), Map.of(), Map.of());
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
        long igp = a.has("igpMetric") ? v.integer(a.get("igpMetric"), what + " igpMetric", 0, Link.MAX_METRIC) : 1;
        l.igpMetric(igp);
        l.teMetric(a.has("teMetric") ? v.integer(a.get("teMetric"), what + " teMetric", 0, Link.MAX_METRIC) : igp);
        l.delayMicros(a.has("delay") ? delay(a.get("delay"), what) : geographicDelay(from, to));
        if (!a.has("bandwidth")) {
            throw v.error(link, what + " needs a bandwidth (e.g. bandwidth: 10G), here or in 'defaults'");
        }
        double max = v.bandwidth(a.get("bandwidth"), what + " bandwidth");
        double reservable = a.has("reservableBandwidth") ? v.bandwidth(a.get("reservableBandwidth"), what + " reservableBandwidth") : max;
        l.maxBandwidth(max).maxReservableBandwidth(reservable);
        if (a.has("unreservedBandwidth")) {
            l.unreservedBandwidth(unreserved(a.get("unreservedBandwidth"), what));
        }
        if (a.has("adminGroups")) {
            long[] words = v.bits(a.get("adminGroups"), what + " adminGroups", 32).toLongArray();
            l.adminGroup(words.length == 0 ? 0 : (int) words[0]);
        }
        if (a.has("extendedAdminGroups")) {
            l.extendedAdminGroup(v.bits(a.get("extendedAdminGroups"), what + " extendedAdminGroups", 1 << 16).toLongArray());
        }
        if (a.has("srlgs")) {
            l.srlgs(v.unsigned32List(a.get("srlgs"), what + " srlgs"));
        }
        if (a.has("wavelengths")) {
            Tree.Obj w = v.object(a.get("wavelengths"), what + " wavelengths");
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
        boolean has(String key) {
            return get(key) != null;
        }

        Tree get(String key) {
            Tree t = direction.get(key);
            if (t == null) {
                t = link.get(key);
            }
            return t != null ? t : defaults.get(key);
        }
    }
}
