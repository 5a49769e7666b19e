package org.pathwise.ted;

import java.util.Arrays;

/**
 * The structural state of a {@link TopologyBuilder}: nodes and links in slots, in the order they
 * will be indexed. A removed node or link leaves an empty slot and an added one takes a new slot
 * at the end, so the order is the one users see (insertion order, as a linked map would keep it)
 * while every edit is O(1). Started from a snapshot, slot {@code k < baseLinks} is base link
 * {@code k} until edited, so {@link SnapshotAssembly} can copy unchanged links' columns and
 * endpoints from the base instead of recomputing them.
 */
final class TopologyDraft {

    final TeSnapshot base;
    final int baseNodes;
    final int baseLinks;

    Node[] nodes;
    int nodeSlots;
    final KeyIndex<String> nodeSlotById;

    Link[] links;
    int linkSlots;
    final KeyIndex<String> linkSlotById;
    /** partner[s] = slot of the opposite direction for explicit pairs, -1 for none. */
    int[] partner;

    /** A draft of a new topology. */
    TopologyDraft() {
        base = null;
        baseNodes = 0;
        baseLinks = 0;
        nodes = new Node[16];
        nodeSlotById = new KeyIndex<>(16);
        links = new Link[16];
        linkSlotById = new KeyIndex<>(16);
        partner = new int[16];
    }

    /**
     * A draft starting from {@code base}, whose pairs (explicit or inferred) all become explicit:
     * the next version keeps them even if the links that made them unambiguous change.
     */
    TopologyDraft(TeSnapshot base) {
        this.base = base;
        baseNodes = base.nodeCount();
        baseLinks = base.linkCount();
        nodes = Arrays.copyOf(base.nodeTable().nodes(), baseNodes + 16);
        nodeSlots = baseNodes;
        nodeSlotById = base.nodeTable().indexById().copy();
        links = new Link[baseLinks + 16];
        base.copyLinks(links);
        linkSlots = baseLinks;
        linkSlotById = base.linkIndexById().copy();
        partner = Arrays.copyOf(base.adjacency().reverse(), baseLinks + 16);
    }

    void addNode(Node n) {
        if (nodeSlotById.putIfAbsent(n.id(), nodeSlots) >= 0) {
            throw new TopologyException("duplicate node id '" + n.id() + "'");
        }
        if (nodeSlots == nodes.length) {
            nodes = Arrays.copyOf(nodes, nodeSlots * 2);
        }
        nodes[nodeSlots++] = n;
    }

    void replaceNode(Node n) {
        int slot = nodeSlotById.get(n.id());
        if (slot < 0) {
            throw new TopologyException("cannot replace node '" + n.id() + "': no such node");
        }
        nodes[slot] = n;
    }

    /** Removes the node and every link to or from it. */
    void removeNode(String id) {
        int slot = nodeSlotById.remove(id);
        if (slot < 0) {
            throw new TopologyException("cannot remove node '" + id + "': no such node");
        }
        nodes[slot] = null;
        for (int s = 0; s < linkSlots; s++) {
            Link l = links[s];
            if (l != null && (l.from().equals(id) || l.to().equals(id))) {
                removeLinkAt(s);
            }
        }
    }

    boolean hasLink(String id) {
        return linkSlotById.get(id) >= 0;
    }

    /** The link with this id, null if absent. */
    Link link(String id) {
        int slot = linkSlotById.get(id);
        return slot < 0 ? null : links[slot];
    }

    /** Adds a link at a new slot; returns the slot. */
    int addLink(Link l) {
        if (linkSlotById.putIfAbsent(l.id(), linkSlots) >= 0) {
            throw new TopologyException("duplicate link id '" + l.id() + "'");
        }
        if (linkSlots == links.length) {
            links = Arrays.copyOf(links, linkSlots * 2);
            partner = Arrays.copyOf(partner, linkSlots * 2);
        }
        links[linkSlots] = l;
        partner[linkSlots] = -1;
        return linkSlots++;
    }

    void pair(int a, int b) {
        partner[a] = b;
        partner[b] = a;
    }

    void removeLink(String id) {
        int slot = linkSlotById.get(id);
        if (slot < 0) {
            throw new TopologyException("cannot remove link '" + id + "': no such link");
        }
        removeLinkAt(slot);
    }

    /** Replaces the link with the same id; its pairing survives if its endpoints did not change. */
    void replaceLink(Link l) {
        int slot = linkSlotById.get(l.id());
        if (slot < 0) {
            throw new TopologyException("cannot replace link '" + l.id() + "': no such link");
        }
        Link old = links[slot];
        links[slot] = l;
        if (!old.from().equals(l.from()) || !old.to().equals(l.to())) {
            unpair(slot);
        }
    }

    private void removeLinkAt(int slot) {
        linkSlotById.remove(links[slot].id());
        links[slot] = null;
        unpair(slot);
    }

    private void unpair(int slot) {
        int other = partner[slot];
        if (other >= 0) {
            partner[other] = -1;
            partner[slot] = -1;
        }
    }
}
