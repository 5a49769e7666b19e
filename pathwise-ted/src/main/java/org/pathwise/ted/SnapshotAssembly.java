package org.pathwise.ted;

import java.net.InetAddress;

/**
 * Turns a {@link TopologyDraft} into a {@link TeSnapshot}: compacts the slots into dense indices,
 * resolves endpoints, pairs reverse links and fills the columns. Work is proportional to the
 * topology, but what did not change since the base is copied rather than recomputed: endpoints
 * and columns of unchanged links, the node table when no node changed, the id index when no link
 * moved.
 */
final class SnapshotAssembly {

    private SnapshotAssembly() {
    }

    static TeSnapshot build(TopologyDraft d, long version) {
        TeSnapshot base = d.base;
        // Nodes: slot → index.
        int[] nodeIndexOfSlot = new int[d.nodeSlots];
        int nodeCount = 0;
        boolean nodesAsBase = base != null && d.nodeSlots == d.baseNodes;
        for (int s = 0; s < d.nodeSlots; s++) {
            if (d.nodes[s] == null) {
                nodeIndexOfSlot[s] = -1;
                nodesAsBase = false;
            } else {
                nodeIndexOfSlot[s] = nodeCount++;
                nodesAsBase = nodesAsBase && d.nodes[s] == base.node(s);
            }
        }
        NodeTable nodeTable = nodesAsBase ? base.nodeTable() : nodeTable(d, nodeIndexOfSlot, nodeCount);
        Node[] nodeArray = nodeTable.nodes();

        // Links: slot → index; unchanged base links keep their endpoints and columns.
        int[] linkIndexOfSlot = new int[d.linkSlots];
        int linkCount = 0;
        for (int s = 0; s < d.linkSlots; s++) {
            linkIndexOfSlot[s] = d.links[s] == null ? -1 : linkCount++;
        }
        Link[] linkArray = new Link[linkCount];
        int[] fromBase = new int[linkCount];
        int[] src = new int[linkCount];
        int[] dst = new int[linkCount];
        int[] explicit = new int[linkCount];
        for (int s = 0; s < d.linkSlots; s++) {
            Link link = d.links[s];
            if (link == null) {
                continue;
            }
            int l = linkIndexOfSlot[s];
            linkArray[l] = link;
            explicit[l] = d.partner[s] < 0 ? -1 : linkIndexOfSlot[d.partner[s]];
            if (s < d.baseLinks && link == base.link(s)) {
                fromBase[l] = s;
                src[l] = nodeIndexOfSlot[base.src(s)];
                dst[l] = nodeIndexOfSlot[base.dst(s)];
            } else {
                fromBase[l] = -1;
                src[l] = endpoint(d, nodeIndexOfSlot, link, link.from());
                dst[l] = endpoint(d, nodeIndexOfSlot, link, link.to());
            }
        }
        KeyIndex<String> linkIndexById;
        if (linkCount == d.linkSlots) {
            linkIndexById = base != null && linkCount == d.baseLinks ? base.linkIndexById() : d.linkSlotById.copy();
        } else {
            linkIndexById = d.linkSlotById.remapped(linkIndexOfSlot);
        }
        Adjacency shape = Adjacency.of(nodeCount, src, dst, null);
        Adjacency adjacency = shape.withReverse(ReversePairing.pair(linkArray, shape, explicit));
        KeyIndex<InetAddress> byAddress = NodeTable.addressIndex(nodeArray, linkArray, src);
        LinkColumns columns = LinkColumns.of(linkArray, base == null ? null : base.columns(), fromBase);
        return new TeSnapshot(version, nodeTable, byAddress, LinkPages.of(linkArray), linkIndexById, adjacency, columns);
    }

    private static NodeTable nodeTable(TopologyDraft d, int[] nodeIndexOfSlot, int nodeCount) {
        Node[] nodes = new Node[nodeCount];
        for (int s = 0; s < d.nodeSlots; s++) {
            if (nodeIndexOfSlot[s] >= 0) {
                nodes[nodeIndexOfSlot[s]] = d.nodes[s];
            }
        }
        KeyIndex<String> byId;
        if (nodeCount != d.nodeSlots) {
            byId = d.nodeSlotById.remapped(nodeIndexOfSlot);
        } else if (d.base != null && nodeCount == d.baseNodes) {
            byId = d.base.nodeTable().indexById(); // only replaced: same ids at the same indices
        } else {
            byId = d.nodeSlotById.copy();
        }
        return new NodeTable(nodes, byId);
    }

    private static int endpoint(TopologyDraft d, int[] nodeIndexOfSlot, Link link, String nodeId) {
        int slot = d.nodeSlotById.get(nodeId);
        if (slot < 0) {
            throw new TopologyException("link '" + link.id() + "' references unknown node '" + nodeId + "'");
        }
        return nodeIndexOfSlot[slot];
    }
}
