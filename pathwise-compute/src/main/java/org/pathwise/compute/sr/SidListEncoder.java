package org.pathwise.compute.sr;

import java.net.Inet4Address;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;

/**
 * Turns a computed path into the shortest SR-MPLS SID list that steers a packet along exactly
 * that path, hop by hop (RFC 8402 §3, RFC 8660).
 *
 * <p>The model. Path nodes are positions 0..k. From position i the list can take:
 * <ul>
 *   <li>the adjacency SID of the path's link i→i+1 (if the TED has one): one hop, exact;</li>
 *   <li>the node SID of a later path node j, but only when the IGP shortest paths from node i to
 *       node j — all of them, ECMP included, link by link — are exactly the path's sub-path i..j.
 *       A node SID follows the IGP metric, not the TE metric; if two equal-cost routes exist and
 *       only one is on the path, some packets would leave the path, so it is refused.</li>
 * </ul>
 * The shortest list is the shortest route from position 0 to k in that DAG of unit-cost jumps,
 * found exactly by dynamic programming over positions (one IGP shortest-path run per reachable
 * position, stopped at the first later position whose shortest paths leave the path). Among shortest lists it takes the one
 * with the fewest adjacency SIDs (node SIDs survive a link failure by IGP re-convergence).
 *
 * <p>Labels with per-node SRGBs (RFC 8402 §2): a node SID is read first by the node where its
 * segment starts (position i), then swapped hop by hop to each next node's SRGB, so its label is
 * SRGB base of node i + the target's index, and every node from i to j-1 must have an SRGB wide
 * enough for that index. For the first SID, node i is the head-end itself. With one SRGB in the
 * whole domain (the usual deployment) labels are simply base + index.
 *
 * <p>Thread-safe: each thread has its own scratch; nothing is allocated per path once warm, except
 * the returned list.
 */
public final class SidListEncoder {
    /** MSD meaning "the head-end imposes no limit" (RFC 8664 §4.1.2 N flag clear / no MSD known). */
    public static final int NO_MSD_LIMIT = Integer.MAX_VALUE;

    private static final int UNREACHED = Integer.MAX_VALUE;
    private static final byte BY_ADJACENCY = 1;
    private static final byte BY_NODE = 2;

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /**
     * Encodes {@code path}, computed on {@code snapshot}, within {@code msd} SIDs (the head-end's
     * maximum SID depth, ≥ 1; {@link #NO_MSD_LIMIT} for none).
     *
     * @throws IllegalArgumentException if the path was computed on another snapshot version, or msd < 1
     */
    public SrEncoding encode(TeSnapshot snapshot, Path path, int msd) {
        if (path.snapshotVersion() != snapshot.version()) {
            throw new IllegalArgumentException("path computed on snapshot v" + path.snapshotVersion()
                    + " cannot be encoded on v" + snapshot.version() + "; recompute it");
        }
        if (msd < 1) {
            throw new IllegalArgumentException("MSD must be >= 1, got " + msd);
        }
        Scratch w = scratch.get();
        int k = path.hopCount();
        w.prepare(k);
        shortestLists(w, snapshot, path, k);
        if (w.sids[k] == UNREACHED) {
            return new SrEncoding.Failed(unsteerable(w, snapshot, path, k));
        }
        if (w.sids[k] > msd) {
            return new SrEncoding.Failed(new NoPath(NoPathReason.SR_MSD_EXCEEDED,
                    "the shortest SID list for this path has " + w.sids[k] + " SIDs ("
                            + w.adjacencies[k] + " adjacency SIDs); the head-end's MSD is " + msd, Set.of()));
        }
        return new SrEncoding.Encoded(path, trace(w, snapshot, path, k));
    }

    private static void shortestLists(Scratch w, TeSnapshot s, Path path, int k) {
        long[] prefix = w.prefixIgp;
        prefix[0] = 0;
        w.nodes[0] = path.node(0);
        for (int j = 1; j <= k; j++) {
            prefix[j] = prefix[j - 1] + s.igpMetric(path.link(j - 1));
            w.nodes[j] = path.node(j);
        }
        w.sids[0] = 0;
        w.adjacencies[0] = 0;
        for (int i = 0; i < k; i++) {
            if (w.sids[i] == UNREACHED) {
                continue;
            }
            if (s.adjacencySidLabel(path.link(i)) >= 0) {
                relax(w, i + 1, w.sids[i] + 1, w.adjacencies[i] + 1, i, BY_ADJACENCY);
            }
            SrNodeInfo start = s.node(path.node(i)).sr();
            if (start == null || start.srgbRange() == 0) {
                continue; // node i cannot read a node SID label
            }
            int reach = w.igp.safeReach(s, w.nodes, prefix, i, k);
            int narrowestSrgb = Integer.MAX_VALUE;
            for (int j = i + 1; j <= reach; j++) {
                narrowestSrgb = Math.min(narrowestSrgb, srgbRange(s, path.node(j - 1)));
                int index = nodeSidIndex(s, path.node(j));
                if (index >= 0 && index < narrowestSrgb) {
                    relax(w, j, w.sids[i] + 1, w.adjacencies[i], i, BY_NODE);
                }
            }
        }
    }

    private static void relax(Scratch w, int j, int sids, int adjacencies, int from, byte kind) {
        if (sids < w.sids[j] || (sids == w.sids[j] && adjacencies < w.adjacencies[j])) {
            w.sids[j] = sids;
            w.adjacencies[j] = adjacencies;
            w.previous[j] = from;
            w.kind[j] = kind;
        }
    }

    private static List<Sid> trace(Scratch w, TeSnapshot s, Path path, int k) {
        Sid[] out = new Sid[w.sids[k]];
        int at = k;
        for (int slot = out.length - 1; slot >= 0; slot--) {
            int i = w.previous[at];
            if (w.kind[at] == BY_ADJACENCY) {
                int l = path.link(i);
                out[slot] = new Sid.AdjacencySid(s.adjacencySidLabel(l), s.link(l).id(), l, adjacencyNai(s, l), i);
            } else {
                int target = path.node(at);
                int index = nodeSidIndex(s, target);
                int label = s.node(path.node(i)).sr().srgbBase() + index;
                out[slot] = new Sid.NodeSid(label, s.node(target).id(), target, index, nodeNai(s.node(target)), i, at);
            }
            at = i;
        }
        return List.of(out);
    }

    private static NoPath unsteerable(Scratch w, TeSnapshot s, Path path, int k) {
        int furthest = 0;
        for (int j = 0; j <= k; j++) {
            if (w.sids[j] != UNREACHED) {
                furthest = j;
            }
        }
        int l = path.link(furthest);
        Link link = s.link(l);
        return new NoPath(NoPathReason.SR_SID_UNAVAILABLE,
                "hop " + (furthest + 1) + " of the path (" + link.from() + " -> " + link.to() + ", link '" + link.id()
                        + "') cannot be steered: the link has no adjacency SID, and no node SID of a later path node "
                        + "is usable from any node the list can reach (its IGP shortest paths leave the path or "
                        + "tie with another route, or the node has no node SID or SRGB)", Set.of());
    }

    private static int srgbRange(TeSnapshot s, int n) {
        SrNodeInfo sr = s.node(n).sr();
        return sr == null ? 0 : sr.srgbRange();
    }

    private static int nodeSidIndex(TeSnapshot s, int n) {
        SrNodeInfo sr = s.node(n).sr();
        return sr == null || sr.nodeSidLabel() < 0 ? -1 : sr.nodeSidIndex();
    }

    static Nai nodeNai(Node node) {
        if (node.routerId() != null) {
            return new Nai.NodeAddress(node.routerId());
        }
        if (node.ipv6RouterId() != null) {
            return new Nai.NodeAddress(node.ipv6RouterId());
        }
        return node.addresses().isEmpty() ? Nai.ABSENT : new Nai.NodeAddress(node.addresses().get(0));
    }

    static Nai adjacencyNai(TeSnapshot s, int l) {
        Link link = s.link(l);
        if (link.localAddress() != null && link.remoteAddress() != null
                && link.localAddress().getClass() == link.remoteAddress().getClass()) {
            return new Nai.AdjacencyAddresses(link.localAddress(), link.remoteAddress());
        }
        Inet4Address local = s.node(s.src(l)).routerId();
        Inet4Address remote = s.node(s.dst(l)).routerId();
        if (link.localInterfaceId() != 0 && local != null && remote != null) {
            return new Nai.UnnumberedAdjacency(local, link.localInterfaceId(), remote, link.remoteInterfaceId());
        }
        return Nai.ABSENT;
    }

    /** One thread's arrays, indexed by path position, grown to the longest path seen. */
    private static final class Scratch {
        final IgpShortestPaths igp = new IgpShortestPaths();
        long[] prefixIgp = new long[0];
        int[] nodes = new int[0];
        int[] sids = new int[0];
        int[] adjacencies = new int[0];
        int[] previous = new int[0];
        byte[] kind = new byte[0];

        void prepare(int hops) {
            int size = hops + 1;
            if (sids.length < size) {
                int n = Math.max(size, 16);
                prefixIgp = new long[n];
                nodes = new int[n];
                sids = new int[n];
                adjacencies = new int[n];
                previous = new int[n];
                kind = new byte[n];
            }
            Arrays.fill(sids, 0, size, UNREACHED);
            Arrays.fill(adjacencies, 0, size, UNREACHED);
        }
    }
}
