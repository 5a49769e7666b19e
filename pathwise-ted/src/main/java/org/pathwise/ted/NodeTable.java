package org.pathwise.ted;

import java.net.InetAddress;

/** Nodes by index, by id and by address. Shared between versions whose nodes did not change. */
record NodeTable(Node[] nodes, KeyIndex<String> indexById) {

    int indexOf(String id) {
        return indexById.get(id);
    }

    /**
     * Every address that names a node: router IDs and node addresses, plus each link's local
     * address (an interface of its from-node), so a PCC may name a node by any of them.
     * Two nodes claiming one address is an error: the lookup would be ambiguous.
     */
    static KeyIndex<InetAddress> addressIndex(Node[] nodes, Link[] links, int[] src) {
        KeyIndex<InetAddress> byAddress = new KeyIndex<>(nodes.length + links.length);
        for (int n = 0; n < nodes.length; n++) {
            Node node = nodes[n];
            if (node.routerId() != null) {
                claim(byAddress, node.routerId(), n, nodes, node, null);
            }
            if (node.ipv6RouterId() != null) {
                claim(byAddress, node.ipv6RouterId(), n, nodes, node, null);
            }
            for (InetAddress a : node.addresses()) {
                claim(byAddress, a, n, nodes, node, null);
            }
        }
        for (int l = 0; l < links.length; l++) {
            InetAddress a = links[l].localAddress();
            if (a != null) {
                claim(byAddress, a, src[l], nodes, null, links[l]);
            }
        }
        return byAddress;
    }

    /** The claimant is {@code node} or {@code link}; its description is only built for the error. */
    private static void claim(KeyIndex<InetAddress> byAddress, InetAddress a, int n, Node[] nodes, Node node, Link link) {
        int previous = byAddress.putIfAbsent(a, n);
        if (previous >= 0 && previous != n) {
            String claimant = node != null ? "node '" + node.id() + "'" : "link '" + link.id() + "'";
            throw new TopologyException(claimant + " uses address " + a.getHostAddress() + " which already belongs to node '"
                    + nodes[previous].id() + "'; an address must name one node");
        }
    }
}
