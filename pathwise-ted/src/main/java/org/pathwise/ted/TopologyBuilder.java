package org.pathwise.ted;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link TeSnapshot}: a new topology ({@link #create()}) or the next version of one
 * ({@link TeSnapshot#toBuilder()}). Not thread-safe; one writer at a time (see {@link TeDatabase}).
 *
 * <p>Duplicate ids and invalid attribute values are rejected as soon as they are added;
 * references between nodes and links are checked by {@link #build()}, so nodes and links may be
 * added in any order. Every error is a {@link TopologyException} naming the node or link.
 *
 * <p>Sharing: an update that only changes unreserved bandwidth copies that one column (and the
 * array of link records); one that changes other attributes of existing links without moving
 * them keeps the nodes, the CSR adjacency and the id maps; anything else rebuilds the arrays.
 * Removing a node removes its links.
 */
public final class TopologyBuilder {

    private final TeSnapshot base;
    /** Attribute-only edits of base links, by link index; used until the first structural change. */
    private final Map<Integer, Link> edited = new HashMap<>();
    // Structural state; null until materialised (always materialised for a new topology).
    private LinkedHashMap<String, Node> nodes;
    private LinkedHashMap<String, Link> links;
    private Map<String, String> partner;

    TopologyBuilder(TeSnapshot base) {
        this.base = base;
    }

    public static TopologyBuilder create() {
        TopologyBuilder b = new TopologyBuilder(null);
        b.nodes = new LinkedHashMap<>();
        b.links = new LinkedHashMap<>();
        b.partner = new HashMap<>();
        return b;
    }

    public TopologyBuilder addNode(Node n) {
        materialise();
        if (nodes.putIfAbsent(n.id(), n) != null) {
            throw new TopologyException("duplicate node id '" + n.id() + "'");
        }
        return this;
    }

    /** Replaces the node with the same id (its links stay). */
    public TopologyBuilder replaceNode(Node n) {
        materialise();
        if (nodes.replace(n.id(), n) == null) {
            throw new TopologyException("cannot replace node '" + n.id() + "': no such node");
        }
        return this;
    }

    public TopologyBuilder addLink(Link l) {
        materialise();
        if (links.putIfAbsent(l.id(), l) != null) {
            throw new TopologyException("duplicate link id '" + l.id() + "'");
        }
        return this;
    }

    /** Adds {@code forward} and its mirror with id {@code forward.id() + "/r"} (see {@link Link#mirror}), paired. */
    public TopologyBuilder addBidirectional(Link forward) {
        return addBidirectional(forward, forward.mirror(forward.id() + "/r"));
    }

    /** Adds two directed links that are the two directions of one adjacency, paired as each other's reverse. */
    public TopologyBuilder addBidirectional(Link forward, Link backward) {
        if (!forward.from().equals(backward.to()) || !forward.to().equals(backward.from())) {
            throw new TopologyException("links '" + forward.id() + "' (" + forward.from() + "->" + forward.to() + ") and '"
                    + backward.id() + "' (" + backward.from() + "->" + backward.to() + ") are not two directions of one adjacency");
        }
        materialise();
        for (Link l : new Link[] {forward, backward}) {
            if (links.containsKey(l.id())) {
                throw new TopologyException("duplicate link id '" + l.id() + "'");
            }
        }
        if (forward.id().equals(backward.id())) {
            throw new TopologyException("duplicate link id '" + forward.id() + "'");
        }
        addLink(forward);
        addLink(backward);
        partner.put(forward.id(), backward.id());
        partner.put(backward.id(), forward.id());
        return this;
    }

    public TopologyBuilder removeLink(String id) {
        materialise();
        if (links.remove(id) == null) {
            throw new TopologyException("cannot remove link '" + id + "': no such link");
        }
        unpair(id);
        return this;
    }

    /** Removes a node and every link to or from it. */
    public TopologyBuilder removeNode(String id) {
        materialise();
        if (nodes.remove(id) == null) {
            throw new TopologyException("cannot remove node '" + id + "': no such node");
        }
        links.values().removeIf(l -> {
            boolean attached = l.from().equals(id) || l.to().equals(id);
            if (attached) {
                unpair(l.id());
            }
            return attached;
        });
        return this;
    }

    /** Replaces the link with the same id. Its reverse pairing survives if its endpoints did not change. */
    public TopologyBuilder replaceLink(Link l) {
        if (nodes == null) {
            int index = base.linkIndex(l.id());
            if (index < 0) {
                throw new TopologyException("cannot replace link '" + l.id() + "': no such link");
            }
            Link old = base.link(index);
            if (old.from().equals(l.from()) && old.to().equals(l.to()) && Objects.equals(old.localAddress(), l.localAddress())) {
                edited.put(index, l);
                return this;
            }
        }
        materialise();
        Link old = links.replace(l.id(), l);
        if (old == null) {
            throw new TopologyException("cannot replace link '" + l.id() + "': no such link");
        }
        if (!old.from().equals(l.from()) || !old.to().equals(l.to())) {
            unpair(l.id());
        }
        return this;
    }

    /** Sets the unreserved bandwidth (bytes/s) of a link at priorities 0..7. */
    public TopologyBuilder setUnreservedBandwidth(String linkId, double[] perPriority) {
        Link current = currentLink(linkId);
        return replaceLink(current.withUnreservedBandwidth(perPriority));
    }

    /** The link with this id as this builder currently holds it, or an error if absent. */
    public Link currentLink(String id) {
        if (nodes == null) {
            int index = base.linkIndex(id);
            if (index >= 0) {
                return edited.getOrDefault(index, base.link(index));
            }
        } else {
            Link l = links.get(id);
            if (l != null) {
                return l;
            }
        }
        throw new TopologyException("no link '" + id + "'");
    }

    /** Validates and builds: version = previous + 1 (1 for a new topology). */
    public TeSnapshot build() {
        return buildVersion(base == null ? 1 : base.version() + 1);
    }

    TeSnapshot buildVersion(long version) {
        if (nodes == null) {
            return buildFromEdits(version);
        }
        Node[] nodeArray = nodes.values().toArray(Node[]::new);
        NodeTable nodeTable = NodeTable.of(nodeArray);
        Link[] linkArray = links.values().toArray(Link[]::new);
        Map<String, Integer> linkIndex = HashMap.newHashMap(linkArray.length);
        int[] src = new int[linkArray.length];
        int[] dst = new int[linkArray.length];
        for (int l = 0; l < linkArray.length; l++) {
            Link link = linkArray[l];
            linkIndex.put(link.id(), l);
            src[l] = endpoint(nodeTable, link, link.from());
            dst[l] = endpoint(nodeTable, link, link.to());
        }
        int[] explicit = new int[linkArray.length];
        Arrays.fill(explicit, -1);
        for (Map.Entry<String, String> e : partner.entrySet()) {
            explicit[linkIndex.get(e.getKey())] = linkIndex.get(e.getValue());
        }
        Adjacency shape = Adjacency.of(nodeArray.length, src, dst, null);
        Adjacency adjacency = shape.withReverse(ReversePairing.pair(linkArray, shape, explicit));
        return new TeSnapshot(version, nodeTable, NodeTable.addressIndex(nodeArray, linkArray, src), linkArray,
                linkIndex, adjacency, LinkColumns.of(linkArray));
    }

    /** Only attributes of existing links changed: share nodes, adjacency and id maps. */
    private TeSnapshot buildFromEdits(long version) {
        if (edited.isEmpty()) {
            return base.withVersion(version);
        }
        Link[] linkArray = base.linkArray().clone();
        boolean onlyUnreserved = true;
        for (Map.Entry<Integer, Link> e : edited.entrySet()) {
            Link old = linkArray[e.getKey()];
            Link now = e.getValue();
            onlyUnreserved &= now.withUnreservedBandwidth(old.unreservedBandwidth()).equals(old);
            linkArray[e.getKey()] = now;
        }
        LinkColumns columns;
        if (onlyUnreserved) {
            double[] unreserved = base.columns().unreserved().clone();
            for (Map.Entry<Integer, Link> e : edited.entrySet()) {
                for (int p = 0; p < Link.PRIORITIES; p++) {
                    unreserved[e.getKey() * Link.PRIORITIES + p] = e.getValue().unreservedBandwidth(p);
                }
            }
            columns = base.columns().withUnreserved(unreserved);
        } else {
            columns = LinkColumns.of(linkArray);
        }
        return new TeSnapshot(version, base.nodeTable(), base.nodeByAddress(), linkArray, base.linkIndexById(),
                base.adjacency(), columns);
    }

    private static int endpoint(NodeTable nodeTable, Link link, String nodeId) {
        int n = nodeTable.indexOf(nodeId);
        if (n < 0) {
            throw new TopologyException("link '" + link.id() + "' references unknown node '" + nodeId + "'");
        }
        return n;
    }

    private void unpair(String linkId) {
        String other = partner.remove(linkId);
        if (other != null) {
            partner.remove(other);
        }
    }

    /** Switches from attribute edits to full structural state, copying base with the edits applied. */
    private void materialise() {
        if (nodes != null) {
            return;
        }
        nodes = new LinkedHashMap<>();
        for (Node n : base.nodeTable().nodes()) {
            nodes.put(n.id(), n);
        }
        links = new LinkedHashMap<>();
        partner = new HashMap<>();
        for (int l = 0; l < base.linkCount(); l++) {
            Link link = edited.getOrDefault(l, base.link(l));
            links.put(link.id(), link);
            int r = base.reverse(l);
            if (r >= 0) {
                partner.put(link.id(), base.link(r).id());
            }
        }
        edited.clear();
    }
}
