package org.pathwise.ted;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The oracle for {@link TopologyBuilder}: the straightforward builder Pathwise had before the slot
 * layout ({@link TopologyDraft}) — linked maps of nodes and links in insertion order, a map of
 * explicit pairs, every version rebuilt from scratch. What it computes (order, endpoints, pairs,
 * address owners, error messages) is what the fast builder must reproduce exactly.
 */
final class ReferenceBuilder {

    final LinkedHashMap<String, Node> nodes = new LinkedHashMap<>();
    final LinkedHashMap<String, Link> links = new LinkedHashMap<>();
    final Map<String, String> partner = new HashMap<>();

    /** Expected contents of a snapshot. */
    record Expected(Node[] nodes, Link[] links, int[] src, int[] dst, int[] reverse, Map<InetAddress, Integer> byAddress) {
    }

    static ReferenceBuilder of(TeSnapshot s) {
        ReferenceBuilder r = new ReferenceBuilder();
        for (int n = 0; n < s.nodeCount(); n++) {
            r.nodes.put(s.node(n).id(), s.node(n));
        }
        for (int l = 0; l < s.linkCount(); l++) {
            r.links.put(s.link(l).id(), s.link(l));
            if (s.reverse(l) >= 0) {
                r.partner.put(s.link(l).id(), s.link(s.reverse(l)).id());
            }
        }
        return r;
    }

    void addNode(Node n) {
        if (nodes.putIfAbsent(n.id(), n) != null) {
            throw new TopologyException("duplicate node id '" + n.id() + "'");
        }
    }

    void replaceNode(Node n) {
        if (nodes.replace(n.id(), n) == null) {
            throw new TopologyException("cannot replace node '" + n.id() + "': no such node");
        }
    }

    void addLink(Link l) {
        if (links.putIfAbsent(l.id(), l) != null) {
            throw new TopologyException("duplicate link id '" + l.id() + "'");
        }
    }

    void addBidirectional(Link forward, Link backward) {
        if (!forward.from().equals(backward.to()) || !forward.to().equals(backward.from())) {
            throw new TopologyException("links '" + forward.id() + "' (" + forward.from() + "->" + forward.to() + ") and '"
                    + backward.id() + "' (" + backward.from() + "->" + backward.to() + ") are not two directions of one adjacency");
        }
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
    }

    void removeLink(String id) {
        if (links.remove(id) == null) {
            throw new TopologyException("cannot remove link '" + id + "': no such link");
        }
        unpair(id);
    }

    void removeNode(String id) {
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
    }

    void replaceLink(Link l) {
        Link old = links.replace(l.id(), l);
        if (old == null) {
            throw new TopologyException("cannot replace link '" + l.id() + "': no such link");
        }
        if (!old.from().equals(l.from()) || !old.to().equals(l.to())) {
            unpair(l.id());
        }
    }

    Expected build() {
        Node[] nodeArray = nodes.values().toArray(Node[]::new);
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < nodeArray.length; n++) {
            nodeIndex.put(nodeArray[n].id(), n);
        }
        Link[] linkArray = links.values().toArray(Link[]::new);
        Map<String, Integer> linkIndex = new HashMap<>();
        int[] src = new int[linkArray.length];
        int[] dst = new int[linkArray.length];
        for (int l = 0; l < linkArray.length; l++) {
            linkIndex.put(linkArray[l].id(), l);
            src[l] = endpoint(nodeIndex, linkArray[l], linkArray[l].from());
            dst[l] = endpoint(nodeIndex, linkArray[l], linkArray[l].to());
        }
        int[] explicit = new int[linkArray.length];
        Arrays.fill(explicit, -1);
        partner.forEach((a, b) -> explicit[linkIndex.get(a)] = linkIndex.get(b));
        Adjacency shape = Adjacency.of(nodeArray.length, src, dst, null);
        int[] reverse = ReversePairing.pair(linkArray, shape, explicit);
        Map<InetAddress, Integer> byAddress = new HashMap<>();
        for (int n = 0; n < nodeArray.length; n++) {
            for (InetAddress a : nodeArray[n].allAddresses()) {
                claim(byAddress, a, n, nodeArray, "node '" + nodeArray[n].id() + "'");
            }
        }
        for (int l = 0; l < linkArray.length; l++) {
            if (linkArray[l].localAddress() != null) {
                claim(byAddress, linkArray[l].localAddress(), src[l], nodeArray, "link '" + linkArray[l].id() + "'");
            }
        }
        return new Expected(nodeArray, linkArray, src, dst, reverse, byAddress);
    }

    private static int endpoint(Map<String, Integer> nodeIndex, Link link, String nodeId) {
        Integer n = nodeIndex.get(nodeId);
        if (n == null) {
            throw new TopologyException("link '" + link.id() + "' references unknown node '" + nodeId + "'");
        }
        return n;
    }

    private static void claim(Map<InetAddress, Integer> byAddress, InetAddress a, int n, Node[] nodes, String claimant) {
        Integer previous = byAddress.putIfAbsent(a, n);
        if (previous != null && previous != n) {
            throw new TopologyException(claimant + " uses address " + a.getHostAddress() + " which already belongs to node '"
                    + nodes[previous].id() + "'; an address must name one node");
        }
    }

    private void unpair(String linkId) {
        String other = partner.remove(linkId);
        if (other != null) {
            partner.remove(other);
        }
    }
}
