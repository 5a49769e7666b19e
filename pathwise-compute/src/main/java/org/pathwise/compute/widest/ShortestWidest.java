package org.pathwise.compute.widest;

import java.util.Arrays;
import org.pathwise.compute.Objective;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.constraint.WidthMode;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.cspf.WidthTie;
import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Shortest-widest path (RFC 5541 MBP) and minimum-load path (MLP/MLL): first the largest
 * bottleneck width W* any feasible path achieves, then the cheapest path using only links at
 * least W* wide. (Width then cost is not isotone, so one lexicographic Dijkstra would be wrong.)
 * Without bounds or include route W* comes from one bottleneck Dijkstra; with them, that value is
 * an upper bound and a binary search over the distinct link widths below it finds the exact W*
 * (feasibility is monotone in the threshold). One instance per thread.
 */
public final class ShortestWidest {
    private final Cspf cspf;
    private final SearchTree tree = new SearchTree();
    private final MinHeap heap = new MinHeap();
    private double[] widths = new double[64];

    public ShortestWidest(Cspf cspf) {
        this.cspf = cspf;
    }

    /**
     * Runs the query with width measured by {@code mode}; returns a {@link Cspf} outcome. On
     * FOUND the filter keeps the winning width threshold (so follow-up searches stay as wide);
     * the caller clears it with {@link LinkFilter#clearMinWidth()}.
     */
    public int compute(Query q, WidthMode mode, PathBuffer out) {
        Objective original = q.objective();
        LinkFilter filter = q.filter;
        int r = Cspf.NONE;
        try {
            r = run(q, mode, out);
            return r;
        } finally {
            if (r != Cspf.FOUND) {
                filter.clearMinWidth();
            }
            q.objective(original);
        }
    }

    private int run(Query q, WidthMode mode, PathBuffer out) {
        LinkFilter filter = q.filter;
        {
            double best = widestBottleneck(q, mode);
            if (Double.isNaN(best)) {
                return Cspf.NONE;
            }
            q.objective(Objective.MIN_METRIC);
            filter.minWidth(mode, best);
            int r = cspf.shortest(q, out);
            if (r != Cspf.NONE || (!q.bounded() && q.includeHops() == 0)) {
                return r;
            }
            return searchThreshold(q, mode, best, out);
        }
    }

    /** Largest bottleneck width of any source-destination path under the filter; NaN if unreachable. */
    private double widestBottleneck(Query q, WidthMode mode) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        int from = q.source();
        int to = q.destination();
        tree.clear(s.nodeCount());
        heap.clear();
        tree.set(from, WidthTie.WIDEST, 0, -1);
        heap.push(from, WidthTie.WIDEST, 0);
        while (!heap.isEmpty()) {
            long t = heap.peekKey();
            int u = heap.pop();
            if (tree.settled(u) || t != tree.dist(u)) {
                continue;
            }
            tree.settle(u);
            if (u == to) {
                return WidthTie.width(t);
            }
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (!filter.allows(l)) {
                    continue;
                }
                int v = s.dst(l);
                long nt = Math.max(t, WidthTie.of(filter.width(l, mode)));
                if (!tree.settled(v) && tree.improves(v, nt, 0)) {
                    tree.set(v, nt, 0, l);
                    heap.push(v, nt, 0);
                }
            }
        }
        return Double.NaN;
    }

    /** Binary search for the widest threshold below {@code above} that still admits a path. */
    private int searchThreshold(Query q, WidthMode mode, double above, PathBuffer out) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        filter.clearMinWidth();
        int count = 0;
        for (int l = 0, m = s.linkCount(); l < m; l++) {
            if (filter.allows(l)) {
                double w = Math.max(0.0, filter.width(l, mode));
                if (w < above) {
                    if (count == widths.length) {
                        widths = Arrays.copyOf(widths, count * 2);
                    }
                    widths[count++] = w;
                }
            }
        }
        Arrays.sort(widths, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || widths[distinct - 1] != widths[i]) {
                widths[distinct++] = widths[i];
            }
        }
        // Invariant: thresholds above index hi fail; find the largest index that succeeds.
        int lo = 0;
        int hi = distinct - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            filter.minWidth(mode, widths[mid]);
            int r = cspf.shortest(q, out);
            if (r == Cspf.LIMIT) {
                return r;
            }
            if (r == Cspf.FOUND) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return Cspf.NONE;
        }
        filter.minWidth(mode, widths[found]);
        return cspf.shortest(q, out);
    }
}
