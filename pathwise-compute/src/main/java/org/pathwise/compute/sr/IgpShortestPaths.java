package org.pathwise.compute.sr;

import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * IGP shortest paths from one node as the routers compute them: every link of the snapshot, on
 * the IGP metric (a node SID follows the IGP, not the TE metric), with the number of distinct
 * equal-cost paths to each node capped at 2 — enough to tell "exactly one shortest path" from
 * ECMP. Counting runs over the shortest-path DAG in topological order (Kahn), so zero-metric ties
 * are counted right; nodes behind a zero-metric cycle count as ambiguous. One instance per thread;
 * arrays are reused, nothing is allocated per run once warm.
 */
final class IgpShortestPaths {
    private final SearchTree tree = new SearchTree();
    private final MinHeap heap = new MinHeap();
    private int[] settledOrder = new int[0];
    private int settledCount;
    private int[] pending = new int[0];
    private byte[] count = new byte[0];
    private int[] queue = new int[0];

    /**
     * Runs from {@code from} until every node at IGP distance {@code <= horizon} is settled; the
     * distances and counts of those nodes are then exact.
     */
    void run(TeSnapshot s, int from, long horizon) {
        int n = s.nodeCount();
        if (settledOrder.length < n) {
            settledOrder = new int[n];
            pending = new int[n];
            count = new byte[n];
            queue = new int[n];
        }
        tree.clear(n);
        heap.clear();
        settledCount = 0;
        tree.set(from, 0, 0, -1);
        heap.push(from, 0, 0);
        while (!heap.isEmpty()) {
            long d = heap.peekKey();
            if (d > horizon) {
                break;
            }
            int u = heap.pop();
            if (tree.settled(u) || d > tree.dist(u)) {
                continue;
            }
            tree.settle(u);
            settledOrder[settledCount++] = u;
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                int v = s.dst(l);
                long nd = d + s.igpMetric(l);
                if (tree.improves(v, nd, 0)) {
                    tree.set(v, nd, 0, l);
                    heap.push(v, nd, 0);
                }
            }
        }
        countPaths(s, from);
    }

    /** Kahn's algorithm over the tight links (dist(u) + igp = dist(v)) between settled nodes. */
    private void countPaths(TeSnapshot s, int from) {
        for (int k = 0; k < settledCount; k++) {
            int v = settledOrder[k];
            count[v] = 0;
            int in = 0;
            for (int i = s.inStart(v), end = s.inStart(v + 1); i < end; i++) {
                if (tight(s, s.inLink(i))) {
                    in++;
                }
            }
            pending[v] = in;
        }
        int head = 0;
        int tail = 0;
        if (pending[from] == 0) {
            count[from] = 1;
            queue[tail++] = from;
        }
        while (head < tail) {
            int u = queue[head++];
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (!tight(s, l)) {
                    continue;
                }
                int v = s.dst(l);
                count[v] = (byte) Math.min(2, count[v] + count[u]);
                if (--pending[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        // Nodes never dequeued sit behind a zero-metric cycle: infinitely many walks, ambiguous.
        for (int k = 0; k < settledCount; k++) {
            int v = settledOrder[k];
            if (pending[v] > 0) {
                count[v] = 2;
            }
        }
    }

    private boolean tight(TeSnapshot s, int l) {
        int u = s.src(l);
        int v = s.dst(l);
        return tree.settled(u) && tree.settled(v) && tree.dist(u) + s.igpMetric(l) == tree.dist(v);
    }

    /** IGP distance of a settled node; {@link SearchTree#UNREACHED} beyond the horizon or unreachable. */
    long distance(int v) {
        return tree.settled(v) ? tree.dist(v) : SearchTree.UNREACHED;
    }

    /** True when exactly one IGP shortest path (link by link) leads to settled node {@code v}. */
    boolean unique(int v) {
        return tree.settled(v) && count[v] == 1;
    }
}
