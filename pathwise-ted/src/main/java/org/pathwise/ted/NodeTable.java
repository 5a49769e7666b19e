package org.pathwise.ted;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/** Nodes by index, by id and by address. Shared between versions whose nodes did not change. */
record NodeTable(Node[] nodes, Map<String, Integer> indexById) {

    static NodeTable of(Node[] nodes) {
        Map<String, Integer> byId = HashMap.newHashMap(nodes.length);
        for (int n = 0; n < nodes.length; n++) {
            if (byId.putIfAbsent(nodes[n].id(), n) != null) {
                throw new TopologyException("duplicate node id '" + nodes[n].id() + "'");
            }
        }
        return new NodeTable(nodes, byId);
    }

    int indexOf(String id) {
        Integer n = indexById.get(id);
        return n == null ? -1 : n;
    }

    /**
     * Every address that names a node: router IDs and node addresses, plus each link's local
     * address (an interface of its from-node), so a PCC may name a node by any of them.
     * Two nodes claiming one address is an error: the lookup would be ambiguous.
     */
    static Map<InetAddress, Integer> addressIndex(Node[] nodes, Link[] links, int[] src) {
        Map<InetAddress, Integer> byAddress = new HashMap<>();
        for (int n = 0; n < nodes.length; n++) {
            for (InetAddress a : nodes[n].allAddresses()) {
                claim(byAddress, a, n, nodes, "node '" + nodes[n].id() + "'");
            }
        }
        for (int l = 0; l < links.length; l++) {
            InetAddress a = links[l].localAddress();
            if (a != null) {
                claim(byAddress, a, src[l], nodes, "link '" + links[l].id() + "'");
            }
        }
        return byAddress;
    }

    private static void claim(Map<InetAddress, Integer> byAddress, InetAddress a, int n, Node[] nodes, String claimant) {
        Integer previous = byAddress.putIfAbsent(a, n);
        if (previous != null && previous != n) {
            throw new TopologyException(claimant + " uses address " + a.getHostAddress() + " which already belongs to node '"
                    + nodes[previous].id() + "'; an address must name one node");
        }
    }
}
