package org.pathwise.compute.cspf;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.constraint.WidthMode;
import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Array-based Dijkstra variants over a snapshot with an on-the-fly link filter. All state lives
 * in the caller's per-thread trees and heaps; nothing is allocated per query.
 */
final class Dijkstra {
    private Dijkstra() {
    }

    /**
     * Widest-shortest: Dijkstra on (metric ascending, bottleneck width descending). The pair is
     * isotone (extending two paths by one link keeps their order), so label-correcting is exact.
     */
    static boolean widestShortest(Query q, int from, int to, SearchTree tree, MinHeap heap, PathBuffer out) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        tree.clear(s.nodeCount());
        heap.clear();
        tree.set(from, 0, WidthTie.WIDEST, -1);
        heap.push(from, 0, WidthTie.WIDEST);
        while (!heap.isEmpty()) {
            long d = heap.peekKey();
            long t = heap.peekTie();
            int u = heap.pop();
            if (tree.settled(u) || d != tree.dist(u) || t != tree.tie(u)) {
                continue;
            }
            tree.settle(u);
            if (u == to) {
                trace(s, tree, from, to, out);
                return true;
            }
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (!filter.allows(l)) {
                    continue;
                }
                int v = s.dst(l);
                long nd = d + q.cost(l);
                long nt = Math.max(t, WidthTie.of(filter.width(l, WidthMode.RESIDUAL_BANDWIDTH)));
                if (!tree.settled(v) && tree.improves(v, nd, nt)) {
                    tree.set(v, nd, nt, l);
                    heap.push(v, nd, nt);
                }
            }
        }
        return false;
    }

    /**
     * Distances from every node to {@code to} on metric {@code metricOrdinal} (a full backward run
     * over in-links): exact lower bounds for pruning the constrained search. Bans and width
     * thresholds are ignored so the bounds stay valid for every later search of this query.
     */
    static void reverseFull(Query q, int metricOrdinal, int to, SearchTree tree, MinHeap heap) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        tree.clear(s.nodeCount());
        heap.clear();
        tree.set(to, 0, 0, -1);
        heap.push(to, 0, 0);
        filter.baseOnly(true);
        try {
            while (!heap.isEmpty()) {
                long d = heap.peekKey();
                int u = heap.pop();
                if (tree.settled(u) || d > tree.dist(u)) {
                    continue;
                }
                tree.settle(u);
                for (int i = s.inStart(u), end = s.inStart(u + 1); i < end; i++) {
                    int l = s.inLink(i);
                    if (!filter.allows(l)) {
                        continue;
                    }
                    int v = s.src(l);
                    long nd = d + Query.metricOf(s, metricOrdinal, l);
                    if (tree.improves(v, nd, 0)) {
                        tree.set(v, nd, 0, l);
                        heap.push(v, nd, 0);
                    }
                }
            }
        } finally {
            filter.baseOnly(false);
        }
    }

    /** Writes the links from {@code from} to {@code to} along the tree's via-links. */
    static void trace(TeSnapshot s, SearchTree tree, int from, int to, PathBuffer out) {
        out.clear();
        for (int v = to; v != from; ) {
            int l = tree.via(v);
            out.add(l);
            v = s.src(l);
        }
        out.reverseFrom(0);
    }
}
