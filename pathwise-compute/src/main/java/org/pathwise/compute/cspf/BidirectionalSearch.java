package org.pathwise.compute.cspf;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.IndexedHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Bidirectional Dijkstra on the query metric under the query's link filter: a forward search on
 * out-links and a backward one on in-links, alternating on the smaller frontier, stopping when
 * the two tops together reach the best meeting cost (exact for non-negative metrics). It keeps
 * both trees afterwards, so a caller can also read {@link #potential(int)}: a node potential that
 * lets Suurballe's residual search start without a second, one-directional shortest-path run.
 * One instance per thread; nothing is allocated per run.
 */
public final class BidirectionalSearch {
    private final SearchTree fwd = new SearchTree();
    private final SearchTree bwd = new SearchTree();
    private final IndexedHeap hf = new IndexedHeap();
    private final IndexedHeap hb = new IndexedHeap();
    private long distance;
    private long forwardRadius;
    private long potentialShift;

    /** Finds a cheapest path from {@code from} to {@code to} into {@code out}; false when none. */
    public boolean run(Query q, int from, int to, PathBuffer out) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        int n = s.nodeCount();
        fwd.clear(n);
        bwd.clear(n);
        hf.clear(n);
        hb.clear(n);
        fwd.set(from, 0, 0, -1);
        bwd.set(to, 0, 0, -1);
        hf.offer(from, 0);
        hb.offer(to, 0);
        long best = Long.MAX_VALUE;
        int meet = -1;
        long lastF = 0;
        long lastB = 0;
        while (!hf.isEmpty() && !hb.isEmpty()) {
            long topF = hf.peekKey();
            long topB = hb.peekKey();
            if (best != Long.MAX_VALUE && topF + topB >= best) {
                break;
            }
            if (topF <= topB) {
                int u = hf.pop();
                fwd.settle(u);
                lastF = topF;
                for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                    int l = s.outLink(i);
                    if (!filter.allows(l)) {
                        continue;
                    }
                    int v = s.dst(l);
                    long d = topF + q.cost(l);
                    if (fwd.improves(v, d, 0)) {
                        fwd.set(v, d, 0, l);
                        hf.offer(v, d);
                    }
                    if (bwd.reached(v)) {
                        long total = d + bwd.dist(v);
                        if (total < best) {
                            best = total;
                            meet = v;
                        }
                    }
                }
            } else {
                int u = hb.pop();
                bwd.settle(u);
                lastB = topB;
                for (int i = s.inStart(u), end = s.inStart(u + 1); i < end; i++) {
                    int l = s.inLink(i);
                    if (!filter.allows(l)) {
                        continue;
                    }
                    int v = s.src(l);
                    long d = topB + q.cost(l);
                    if (bwd.improves(v, d, 0)) {
                        bwd.set(v, d, 0, l);
                        hb.offer(v, d);
                    }
                    if (fwd.reached(v)) {
                        long total = d + fwd.dist(v);
                        if (total < best) {
                            best = total;
                            meet = v;
                        }
                    }
                }
            }
        }
        if (meet < 0) {
            return false;
        }
        distance = best;
        // Every unsettled node is at least this far from `from` (resp. `to`); with an exhausted
        // heap the side settled all it can reach and its last key bounds every settled distance.
        forwardRadius = hf.isEmpty() ? Math.max(lastF, best) : hf.peekKey();
        potentialShift = best - forwardRadius;
        trace(s, from, to, meet, out);
        return true;
    }

    private void trace(TeSnapshot s, int from, int to, int meet, PathBuffer out) {
        out.clear();
        for (int v = meet; v != from; ) {
            int l = fwd.via(v);
            out.add(l);
            v = s.src(l);
        }
        out.reverseFrom(0);
        for (int v = meet; v != to; ) {
            int l = bwd.via(v);
            out.add(l);
            v = s.dst(l);
        }
    }

    /** Cost of the path the last successful run found. */
    public long distance() {
        return distance;
    }

    /**
     * After a successful run, a potential p with p(from) = 0 that is feasible on every link the
     * filter allows (cost(u,v) + p(u) - p(v) >= 0) and tight on the path found (p(v) is v's
     * distance from {@code from} along it), which is what Suurballe's residual search needs.
     * With D the path cost, R the forward radius (no unsettled node is closer to {@code from}),
     * df/db the exact distances of forward/backward-settled nodes:
     * p(v) = a(v) + g(v), a(v) = df(v) if forward-settled else R,
     * g(v) = max(0, D - R - db(v)) if backward-settled else 0.
     * a alone is feasible; so is g (an unsettled u with a link into a backward-settled v has
     * db(u) >= the backward radius >= D - R). When both grow along a link (u,v), u is
     * forward-settled and v backward-settled, and p(v) - p(u) <= R + (D - R - db(v)) - df(u)
     * <= cost(u,v) because df(u) + cost(u,v) + db(v) >= D. On the path, a is exact up to R and g
     * adds exactly what a lacks beyond R, since the two radii together reach D.
     */
    public long potential(int v) {
        long a = fwd.settled(v) ? fwd.dist(v) : forwardRadius;
        if (potentialShift > 0 && bwd.settled(v)) {
            long g = potentialShift - bwd.dist(v);
            if (g > 0) {
                return a + g;
            }
        }
        return a;
    }
}
