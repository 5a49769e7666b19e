package org.pathwise.compute.disjoint;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.BidirectionalSearch;
import org.pathwise.compute.workspace.IndexedPairHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Suurballe's algorithm as a two-unit min-cost flow (successive shortest paths with Dijkstra
 * potentials), over the snapshot with the request's link filter, never copying the graph.
 * Every link (and, in node mode, every transit node) has a second, penalised copy: the costs are
 * the pairs (shared elements, metric) compared lexicographically, so the result is fully disjoint
 * whenever a disjoint pair exists, with minimum total metric, and otherwise shares the fewest
 * elements possible (then minimum total). Node mode runs on the split graph (v_in, v_out) held
 * implicitly as state 2v (in) and 2v+1 (out). Afterwards a link and its reverse both carrying
 * flow cancel (cost never increases), so the pair is adjacency-disjoint too. The first path is a
 * bidirectional search's, whose two partial trees give the residual search its potentials
 * ({@link BidirectionalSearch#potential(int)}); the residual search stops at the destination, so
 * neither search sweeps the graph when the endpoints are close.
 */
public final class Suurballe {
    private static final int INTERNAL_FORWARD = -2;
    private static final int INTERNAL_BACKWARD = -3;

    private final BidirectionalSearch first = new BidirectionalSearch();
    private final SearchTree second = new SearchTree();
    private final IndexedPairHeap heap = new IndexedPairHeap();
    private final PathBuffer path1 = new PathBuffer();
    private final PathBuffer touched = new PathBuffer();
    private final NodeWalk walk = new NodeWalk();
    private int[] flow = new int[0];
    private int[] transitIn = new int[0];
    private int[] transitStamp = new int[0];
    private int transitEpoch = 1;

    /**
     * Computes the pair into {@code a} and {@code b}. Returns the number of shared elements
     * (0 = fully disjoint), or -1 when the destination is unreachable.
     */
    public int pair(Query q, boolean nodeDisjoint, PathBuffer a, PathBuffer b) {
        TeSnapshot s = q.snapshot();
        int src = q.source();
        int dst = q.destination();
        if (!first.run(q, src, dst, path1)) {
            return -1;
        }
        prepareFlow(s);
        markFirstPath();
        markTransit(s, src, dst);
        long shares = nodeDisjoint ? residualSearchSplit(q, src, dst) : residualSearchLinks(q, src, dst);
        for (int i = 0; i < path1.length(); i++) {
            addFlow(path1.get(i), 1);
        }
        applySecondPath(q, src, dst, nodeDisjoint);
        cancelOpposites(s);
        walk.decompose(s, src, dst, flow, a);
        walk.decompose(s, src, dst, flow, b);
        clearFlow();
        return (int) shares;
    }

    /** Records, for each transit node of the first path, the path link entering it. */
    private void markTransit(TeSnapshot s, int src, int dst) {
        int n = s.nodeCount();
        if (transitStamp.length < n) {
            transitStamp = new int[n];
            transitIn = new int[n];
            transitEpoch = 1;
        } else if (++transitEpoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(transitStamp, 0);
            transitEpoch = 1;
        }
        for (int i = 0; i < path1.length(); i++) {
            int l = path1.get(i);
            int v = s.dst(l);
            if (v != dst) {
                transitStamp[v] = transitEpoch;
                transitIn[v] = l;
            }
        }
    }

    private boolean transit(int v) {
        return transitStamp[v] == transitEpoch;
    }

    // Link mode: state = node. Residual arcs out of u: each allowed out-link (penalised if the
    // first path uses it), and each first-path link entering u, backwards at cost -c.
    private long residualSearchLinks(Query q, int src, int dst) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        second.clear(s.nodeCount());
        heap.clear(s.nodeCount());
        second.set(src, 0, 0, -1);
        heap.offer(src, 0, 0);
        while (!heap.isEmpty()) {
            long sh = heap.peekKey();
            long rc = heap.peekTie();
            int u = heap.pop();
            if (second.settled(u) || sh != second.dist(u) || rc != second.tie(u)) {
                continue;
            }
            second.settle(u);
            if (u == dst) {
                return sh;
            }
            long pu = first.potential(u);
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (!filter.allows(l)) {
                    continue;
                }
                int v = s.dst(l);
                long penalty = isPathLink(l) ? 1 : 0;
                relax(v, sh + penalty, rc + q.cost(l) + pu - first.potential(v), l << 1);
            }
            if (transit(u)) {
                int l = transitIn[u];
                int v = s.src(l);
                relax(v, sh, rc - q.cost(l) + pu - first.potential(v), (l << 1) | 1);
            }
        }
        return -1;
    }

    // Node mode: state 2v = v_in, 2v+1 = v_out. Start at src_out, finish at dst_in.
    private long residualSearchSplit(Query q, int src, int dst) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        second.clear(2 * s.nodeCount());
        heap.clear(2 * s.nodeCount());
        int start = 2 * src + 1;
        int goal = 2 * dst;
        second.set(start, 0, 0, -1);
        heap.offer(start, 0, 0);
        while (!heap.isEmpty()) {
            long sh = heap.peekKey();
            long rc = heap.peekTie();
            int state = heap.pop();
            if (second.settled(state) || sh != second.dist(state) || rc != second.tie(state)) {
                continue;
            }
            second.settle(state);
            if (state == goal) {
                return sh;
            }
            int u = state >>> 1;
            long pu = first.potential(u);
            if ((state & 1) == 0) {
                // v_in: through the node (penalised when the first path already transits it) ...
                relax(2 * u + 1, sh + (transit(u) ? 1 : 0), rc, INTERNAL_FORWARD);
                // ... or back along the first path's link that entered u.
                if (transit(u)) {
                    int l = transitIn[u];
                    int v = s.src(l);
                    relax(2 * v + 1, sh, rc - q.cost(l) + pu - first.potential(v), (l << 1) | 1);
                }
            } else {
                if (transit(u)) {
                    relax(2 * u, sh, rc, INTERNAL_BACKWARD);
                }
                for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                    int l = s.outLink(i);
                    if (!filter.allows(l)) {
                        continue;
                    }
                    int v = s.dst(l);
                    long penalty = isPathLink(l) ? 1 : 0;
                    relax(2 * v, sh + penalty, rc + q.cost(l) + pu - first.potential(v), l << 1);
                }
            }
        }
        return -1;
    }

    private boolean isPathLink(int l) {
        return l < flowMarks.length && flowMarks[l] == flowEpoch;
    }

    private void relax(int state, long sh, long rc, int via) {
        if (!second.settled(state) && second.improves(state, sh, rc)) {
            second.set(state, sh, rc, via);
            heap.offer(state, sh, rc);
        }
    }

    /** Walks the second search's tree back from the goal, adding or cancelling flow per arc. */
    private void applySecondPath(Query q, int src, int dst, boolean nodeDisjoint) {
        TeSnapshot s = q.snapshot();
        int state = nodeDisjoint ? 2 * dst : dst;
        int start = nodeDisjoint ? 2 * src + 1 : src;
        for (int steps = 0; state != start; steps++) {
            if (steps > 2 * s.nodeCount() + 2) {
                throw new IllegalStateException("residual path trace does not return to the source");
            }
            int via = second.via(state);
            if (via == INTERNAL_FORWARD) {
                state = state - 1;
            } else if (via == INTERNAL_BACKWARD) {
                state = state + 1;
            } else {
                int l = via >>> 1;
                boolean backwards = (via & 1) != 0;
                addFlow(l, backwards ? -1 : 1);
                // Forward link arcs leave u_out; a first-path link walked backwards leaves v_in.
                int from = backwards ? s.dst(l) : s.src(l);
                state = nodeDisjoint ? (backwards ? 2 * from : 2 * from + 1) : from;
            }
        }
    }

    // --- per-link flow counts, with the first path's links marked for the penalty test ---
    private int[] flowMarks = new int[0];
    private int flowEpoch = 1;

    private void prepareFlow(TeSnapshot s) {
        int m = s.linkCount();
        if (flow.length < m) {
            flow = new int[m];
            flowMarks = new int[m];
            flowEpoch = 1;
        } else if (++flowEpoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(flowMarks, 0);
            flowEpoch = 1;
        }
        touched.clear();
    }

    private void addFlow(int l, int delta) {
        if (flow[l] == 0 && delta > 0) {
            touched.add(l);
        }
        flow[l] += delta;
    }

    private void markFirstPath() {
        for (int i = 0; i < path1.length(); i++) {
            flowMarks[path1.get(i)] = flowEpoch;
        }
    }

    private void cancelOpposites(TeSnapshot s) {
        for (int i = 0; i < touched.length(); i++) {
            int l = touched.get(i);
            int r = s.reverse(l);
            while (r >= 0 && flow[l] > 0 && flow[r] > 0) {
                flow[l]--;
                flow[r]--;
            }
        }
    }

    private void clearFlow() {
        for (int i = 0; i < touched.length(); i++) {
            flow[touched.get(i)] = 0;
        }
        touched.clear();
    }
}
