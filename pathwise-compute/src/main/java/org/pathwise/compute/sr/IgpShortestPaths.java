package org.pathwise.compute.sr;

import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * IGP shortest paths from one node as the routers compute them: every link of the snapshot, on
 * the IGP metric (a node SID follows the IGP, not the TE metric), with the number of distinct
 * equal-cost paths to a node capped at 2 — enough to tell "exactly one shortest path" from ECMP.
 * Positive metrics: counted during Dijkstra. Zero metrics (invalid in IS-IS and OSPF, but
 * importable): counted per target over the shortest-path DAG in topological order (Kahn), with a
 * zero-metric cycle counted as the forwarding loop it is. One instance per thread; arrays are
 * reused, nothing is allocated per run once warm.
 */
final class IgpShortestPaths {
    private final SearchTree tree = new SearchTree();
    private final MinHeap heap = new MinHeap();
    private int[] settledOrder = new int[0];
    private int settledCount;
    private int[] pending = new int[0];
    private byte[] count = new byte[0];
    private int[] queue = new int[0];
    private final org.pathwise.compute.workspace.Marks reached = new org.pathwise.compute.workspace.Marks();
    private TeSnapshot zeroMetricOf;
    private boolean zeroMetricLinks;

    /**
     * How far along {@code path} the IGP shortest paths from path node {@code i} stay on it: the
     * largest j such that, for every i < h <= j, the only IGP shortest path from node i to node h
     * is the path's sub-path. (Those positions form a prefix: a sub-path of a unique shortest path
     * is the unique shortest path between its ends.) {@code prefixIgp[h]} is the path's IGP length
     * up to position h.
     *
     * <p>With positive metrics, Dijkstra settles every shortest-path predecessor of a node before
     * the node, so the path count is final at settle time and the search stops at the first
     * position that fails. A zero IGP metric breaks that order; then the full count runs instead.
     */
    int safeReach(TeSnapshot s, int[] pathNodes, long[] prefixIgp, int i, int k) {
        if (hasZeroMetric(s)) {
            settle(s, pathNodes[i], prefixIgp[k] - prefixIgp[i]);
            int j = i + 1;
            while (j <= k && tree.settled(pathNodes[j]) && tree.dist(pathNodes[j]) == prefixIgp[j] - prefixIgp[i]
                    && countWalks(s, pathNodes[i], pathNodes[j]) == 1) {
                j++;
            }
            return j - 1;
        }
        ensureCapacity(s.nodeCount());
        tree.clear(s.nodeCount());
        heap.clear();
        int from = pathNodes[i];
        tree.set(from, 0, 0, -1);
        count[from] = 1;
        heap.push(from, 0, 0);
        int j = i + 1;
        while (!heap.isEmpty()) {
            long d = heap.peekKey();
            int u = heap.pop();
            if (tree.settled(u) || d > tree.dist(u)) {
                continue;
            }
            tree.settle(u);
            while (j <= k && tree.settled(pathNodes[j])) {
                int v = pathNodes[j];
                if (tree.dist(v) != prefixIgp[j] - prefixIgp[i] || count[v] != 1) {
                    return j - 1;
                }
                j++;
            }
            if (j > k) {
                return k;
            }
            for (int e = s.outStart(u), end = s.outStart(u + 1); e < end; e++) {
                int l = s.outLink(e);
                int v = s.dst(l);
                long nd = d + s.igpMetric(l);
                if (tree.improves(v, nd, 0)) {
                    tree.set(v, nd, 0, l);
                    count[v] = count[u];
                    heap.push(v, nd, 0);
                } else if (nd == tree.dist(v)) {
                    count[v] = (byte) Math.min(2, count[v] + count[u]);
                }
            }
        }
        return j - 1;
    }

    private boolean hasZeroMetric(TeSnapshot s) {
        if (zeroMetricOf != s) {
            zeroMetricLinks = false;
            for (int l = 0, m = s.linkCount(); l < m && !zeroMetricLinks; l++) {
                zeroMetricLinks = s.igpMetric(l) == 0;
            }
            zeroMetricOf = s;
        }
        return zeroMetricLinks;
    }

    private void ensureCapacity(int n) {
        if (settledOrder.length < n) {
            settledOrder = new int[n];
            pending = new int[n];
            count = new byte[n];
            queue = new int[n];
        }
    }

    /** Plain Dijkstra from {@code from} until every node at IGP distance {@code <= horizon} is settled. */
    private void settle(TeSnapshot s, int from, long horizon) {
        int n = s.nodeCount();
        ensureCapacity(n);
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
    }

    /**
     * Shortest walks from {@code from} to {@code target} (capped at 2), as forwarding sees them: a
     * packet stops at the target, so the target's out-links are left out; a zero-metric cycle
     * upstream of the target means a forwarding loop, counted as ambiguous. Kahn's algorithm over
     * the tight links (dist(u) + igp = dist(v)) between settled nodes.
     */
    private int countWalks(TeSnapshot s, int from, int target) {
        // Only what a packet can reach before the target matters: tight links from 'from', not past the target.
        reached.clear(s.nodeCount());
        reached.add(from);
        int tail = 0;
        queue[tail++] = from;
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            if (u == target) {
                continue;
            }
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (tight(s, l) && !reached.contains(s.dst(l))) {
                    reached.add(s.dst(l));
                    queue[tail++] = s.dst(l);
                }
            }
        }
        if (!reached.contains(target)) {
            return 0;
        }
        for (int r = 0; r < tail; r++) {
            int v = queue[r];
            count[v] = 0;
            int in = 0;
            for (int i = s.inStart(v), end = s.inStart(v + 1); i < end; i++) {
                int l = s.inLink(i);
                if (s.src(l) != target && reached.contains(s.src(l)) && tight(s, l)) {
                    in++;
                }
            }
            pending[v] = in;
        }
        int head = 0;
        tail = 0;
        if (pending[from] == 0) {
            count[from] = 1;
            queue[tail++] = from;
        }
        while (head < tail) {
            int u = queue[head++];
            if (u == target) {
                continue;
            }
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
        // Never dequeued: a zero-metric cycle upstream, infinitely many walks (a forwarding loop).
        return pending[target] > 0 ? 2 : count[target];
    }

    private boolean tight(TeSnapshot s, int l) {
        int u = s.src(l);
        int v = s.dst(l);
        return tree.settled(u) && tree.settled(v) && tree.dist(u) + s.igpMetric(l) == tree.dist(v);
    }

}
