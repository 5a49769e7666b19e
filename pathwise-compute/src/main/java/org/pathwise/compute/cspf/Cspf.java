package org.pathwise.compute.cspf;

import org.pathwise.compute.Objective;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.constraint.WidthMode;
import org.pathwise.compute.workspace.Labels;
import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Constrained shortest path, exact. With no bound and no include route it is a bidirectional
 * Dijkstra (or a widest-shortest Dijkstra); otherwise an A*-ordered label-setting search over
 * (node, include-route stage) with Pareto dominance on (cost, every bounded metric, width) and
 * pruning by exact lower bounds (a reverse Dijkstra per bounded metric): a partial path whose
 * accumulated value plus its lower bound to the destination exceeds a bound is dropped, which
 * never drops a feasible path, so "none" is a proof. One instance per thread.
 */
public final class Cspf {
    /** Search outcomes. */
    public static final int FOUND = 0;
    public static final int NONE = 1;
    public static final int LIMIT = 2;

    private static final int METRICS = 4;

    private final SearchTree forward = new SearchTree();
    private final BidirectionalSearch bidirectional = new BidirectionalSearch();
    private final MinHeap heap = new MinHeap();
    private final Labels labels = new Labels();
    private final SearchTree[] lowerBound = new SearchTree[METRICS];
    private final long[] lowerBoundGeneration = new long[METRICS];
    private final long[] zero = new long[METRICS];
    private final long[] scratchAcc = new long[METRICS];
    private long lowerBoundDestination = -1;
    private final int maxLabels;

    public Cspf(int maxLabels) {
        this.maxLabels = maxLabels;
        for (int i = 0; i < METRICS; i++) {
            lowerBound[i] = new SearchTree();
            lowerBoundGeneration[i] = -1;
        }
    }

    /** Best path of the query from its source to its destination, into {@code out}. */
    public int shortest(Query q, PathBuffer out) {
        return search(q, q.source(), zero, 0, out);
    }

    /**
     * Best continuation from {@code from} to the destination given a prefix already walked:
     * {@code prefixAcc[metric]} is what the prefix accumulated (bounds apply to prefix + result),
     * {@code prefixStage} how many include-route hops it satisfied. Writes only the continuation.
     */
    public int search(Query q, int from, long[] prefixAcc, int prefixStage, PathBuffer out) {
        if (!q.bounded() && q.includeHops() == 0) {
            boolean found = q.objective() == Objective.WIDEST_SHORTEST
                    ? Dijkstra.widestShortest(q, from, q.destination(), forward, heap, out)
                    : bidirectional.run(q, from, q.destination(), out);
            return found ? FOUND : NONE;
        }
        return labelSetting(q, from, prefixAcc, prefixStage, out);
    }

    /** Exact lower bound of metric {@code metricOrdinal} from {@code v} to the destination; MAX if unreachable. */
    public long lowerBound(Query q, int metricOrdinal, int v) {
        ensureLowerBound(q, metricOrdinal);
        return lowerBound[metricOrdinal].dist(v);
    }

    private void ensureLowerBound(Query q, int dim) {
        if (lowerBoundGeneration[dim] != q.generation() || lowerBoundDestination != q.destination()) {
            if (lowerBoundDestination != q.destination()) {
                java.util.Arrays.fill(lowerBoundGeneration, -1);
                lowerBoundDestination = q.destination();
            }
            Dijkstra.reverseFull(q, dim, q.destination(), lowerBound[dim], heap);
            lowerBoundGeneration[dim] = q.generation();
        }
    }

    private int labelSetting(Query q, int from, long[] prefixAcc, int prefixStage, PathBuffer out) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        int dst = q.destination();
        int finalStage = q.includeHops();
        int costDim = q.metric().ordinal();
        int nb = q.boundedCount();
        boolean widest = q.objective() == Objective.WIDEST_SHORTEST;
        ensureLowerBound(q, costDim);
        for (int b = 0; b < nb; b++) {
            ensureLowerBound(q, q.boundedDim(b));
        }
        SearchTree costLb = lowerBound[costDim];
        labels.clear(s.nodeCount(), finalStage + 1);
        heap.clear();

        if (costLb.dist(from) == SearchTree.UNREACHED) {
            return NONE;
        }
        for (int b = 0; b < nb; b++) {
            int dim = q.boundedDim(b);
            long lb = lowerBound[dim].dist(from);
            if (lb == SearchTree.UNREACHED || prefixAcc[dim] + lb > q.bound(dim)) {
                return NONE;
            }
        }
        long rootTie = widest ? WidthTie.WIDEST : 0;
        int root = labels.add(from, q.arrive(prefixStage, from), -1, -1, 0, rootTie);
        for (int d = 0; d < METRICS; d++) {
            labels.acc(root, d, prefixAcc[d]);
        }
        heap.push(root, costLb.dist(from), rootTie);

        long[] acc = scratchAcc;
        while (!heap.isEmpty()) {
            int id = heap.pop();
            if (labels.dead(id)) {
                continue;
            }
            int v = labels.node(id);
            int stage = labels.stage(id);
            if (v == dst && stage == finalStage) {
                trace(id, out);
                return FOUND;
            }
            if (labels.size() >= maxLabels) {
                return LIMIT;
            }
            long cost = labels.cost(id);
            long tie = labels.tie(id);
            for (int i = s.outStart(v), end = s.outStart(v + 1); i < end; i++) {
                int l = s.outLink(i);
                if (!filter.allows(l)) {
                    continue;
                }
                int w = s.dst(l);
                int nextStage = q.advance(stage, l, w);
                // A loop-free route visits the destination once, at the end, and never re-enters the
                // source: both rules are exact and stop include-route walks looping through them.
                if (nextStage < 0 || (w == dst && nextStage != finalStage) || w == q.source()) {
                    continue;
                }
                long lbCost = costLb.dist(w);
                if (lbCost == SearchTree.UNREACHED) {
                    continue;
                }
                if (!extendWithinBounds(q, s, id, l, w, nb, acc)) {
                    continue;
                }
                long c = cost + q.cost(l);
                long t = widest ? Math.max(tie, WidthTie.of(filter.width(l, WidthMode.RESIDUAL_BANDWIDTH))) : 0;
                if (dominatedOrPrune(q, w, nextStage, c, t, nb, acc)) {
                    continue;
                }
                int next = labels.add(w, nextStage, id, l, c, t);
                for (int b = 0; b < nb; b++) {
                    int dim = q.boundedDim(b);
                    labels.acc(next, dim, acc[dim]);
                }
                heap.push(next, c + lbCost, t);
            }
        }
        return NONE;
    }

    /** Accumulates the bounded metrics over link l into acc; false if some bound cannot be met. */
    private boolean extendWithinBounds(Query q, TeSnapshot s, int id, int l, int w, int nb, long[] acc) {
        for (int b = 0; b < nb; b++) {
            int dim = q.boundedDim(b);
            long a = labels.acc(id, dim) + Query.metricOf(s, dim, l);
            long lb = lowerBound[dim].dist(w);
            if (lb == SearchTree.UNREACHED || a + lb > q.bound(dim)) {
                return false;
            }
            acc[dim] = a;
        }
        return true;
    }

    /**
     * True if a label already at (w, stage) is at least as good in every dimension. Otherwise
     * unlinks the labels there that the new one dominates, so lists stay short.
     */
    private boolean dominatedOrPrune(Query q, int w, int stage, long c, long t, int nb, long[] acc) {
        int prev = -1;
        for (int o = labels.first(w, stage); o >= 0; ) {
            int next = labels.next(o);
            long oc = labels.cost(o);
            long ot = labels.tie(o);
            boolean oldNoWorse = oc <= c && ot <= t;
            boolean newNoWorse = c <= oc && t <= ot;
            for (int b = 0; b < nb && (oldNoWorse || newNoWorse); b++) {
                int dim = q.boundedDim(b);
                long oa = labels.acc(o, dim);
                oldNoWorse &= oa <= acc[dim];
                newNoWorse &= acc[dim] <= oa;
            }
            if (oldNoWorse) {
                return true;
            }
            if (newNoWorse) {
                labels.unlink(o, prev);
            } else {
                prev = o;
            }
            o = next;
        }
        return false;
    }

    private void trace(int id, PathBuffer out) {
        out.clear();
        for (int at = id; labels.parent(at) >= 0; at = labels.parent(at)) {
            out.add(labels.link(at));
        }
        out.reverseFrom(0);
    }

    /**
     * Cheapest path between two arbitrary nodes under the filter alone (no bound, no include
     * route): the building block of the include-route loop-avoiding fallback.
     */
    public boolean plainPath(Query q, int from, int to, PathBuffer out) {
        return bidirectional.run(q, from, to, out);
    }
}
