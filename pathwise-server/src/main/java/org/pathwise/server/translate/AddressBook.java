package org.pathwise.server.translate;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;

/**
 * The lookups route objects need on one snapshot beyond {@link TeSnapshot#nodeIndexByAddress}:
 * links by interface address, by (router ID, interface ID) for unnumbered links, nodes by node-SID
 * label and links by adjacency-SID label. Built once per snapshot version (O(links)), then shared
 * read-only by every worker.
 */
public final class AddressBook {
    private final TeSnapshot snapshot;
    private final Map<InetAddress, List<Integer>> linksByAddress = new HashMap<>();
    private final Map<Long, Integer> unnumbered = new HashMap<>();
    private final Map<Integer, Integer> nodeBySidLabel = new HashMap<>();
    private final Map<Integer, Integer> linkByAdjacencySid = new HashMap<>();

    private AddressBook(TeSnapshot snapshot) {
        this.snapshot = snapshot;
        for (int l = 0; l < snapshot.linkCount(); l++) {
            Link link = snapshot.link(l);
            if (link.localAddress() != null) {
                linksByAddress.computeIfAbsent(link.localAddress(), k -> new ArrayList<>(2)).add(l);
            }
            if (link.remoteAddress() != null) {
                linksByAddress.computeIfAbsent(link.remoteAddress(), k -> new ArrayList<>(2)).add(l);
            }
            Node from = snapshot.node(snapshot.src(l));
            if (link.localInterfaceId() != 0 && from.routerId() != null) {
                unnumbered.put(unnumberedKey(Addresses.ipv4(from.routerId()).bits(), link.localInterfaceId()), l);
            }
            if (snapshot.adjacencySidLabel(l) >= 0) {
                linkByAdjacencySid.putIfAbsent(snapshot.adjacencySidLabel(l), l);
            }
        }
        for (int n = 0; n < snapshot.nodeCount(); n++) {
            Node node = snapshot.node(n);
            if (node.sr() != null && node.sr().nodeSidLabel() >= 0) {
                nodeBySidLabel.putIfAbsent(node.sr().nodeSidLabel(), n);
            }
        }
    }

    private static volatile AddressBook last;

    /** The book of {@code snapshot}, reusing the last one built when it is for the same snapshot. */
    public static AddressBook of(TeSnapshot snapshot) {
        AddressBook b = last;
        if (b == null || b.snapshot != snapshot) {
            b = new AddressBook(snapshot);
            last = b;
        }
        return b;
    }

    public TeSnapshot snapshot() {
        return snapshot;
    }

    /** The node owning {@code address} (router ID, node address or interface address), -1 if none. */
    public int node(InetAddress address) {
        return snapshot.nodeIndexByAddress(address);
    }

    /** Directed links with {@code address} as their local or remote interface address. */
    public List<Integer> links(InetAddress address) {
        return linksByAddress.getOrDefault(address, List.of());
    }

    /** The directed link leaving the node with IPv4 router ID {@code routerId} on interface {@code ifId}, -1 if none. */
    public int unnumberedLink(int routerIdBits, long interfaceId) {
        Integer l = unnumbered.get(unnumberedKey(routerIdBits, interfaceId));
        return l == null ? -1 : l;
    }

    /** The node whose node SID has this label in its own SRGB, -1 if none. */
    public int nodeBySidLabel(int label) {
        Integer n = nodeBySidLabel.get(label);
        return n == null ? -1 : n;
    }

    /** The link with this adjacency SID label, -1 if none. */
    public int linkByAdjacencySid(int label) {
        Integer l = linkByAdjacencySid.get(label);
        return l == null ? -1 : l;
    }

    /** Nodes with any address in the prefix (cold path: scans every node). */
    public List<Integer> nodesInPrefix(InetAddress prefix, int length) {
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < snapshot.nodeCount(); n++) {
            for (InetAddress a : snapshot.node(n).allAddresses()) {
                if (Addresses.inPrefix(a, prefix, length)) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }

    /** Links with a local or remote address in the prefix (cold path: scans every link). */
    public List<Integer> linksInPrefix(InetAddress prefix, int length) {
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < snapshot.linkCount(); l++) {
            Link link = snapshot.link(l);
            if ((link.localAddress() != null && Addresses.inPrefix(link.localAddress(), prefix, length))
                    || (link.remoteAddress() != null && Addresses.inPrefix(link.remoteAddress(), prefix, length))) {
                out.add(l);
            }
        }
        return out;
    }

    private static long unnumberedKey(int routerIdBits, long interfaceId) {
        return (long) routerIdBits << 32 | (interfaceId & 0xFFFF_FFFFL);
    }
}
