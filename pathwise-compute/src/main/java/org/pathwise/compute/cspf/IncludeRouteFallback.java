package org.pathwise.compute.cspf;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * When the exact include-route search's best route repeats a node (it is exact over walks: a
 * loop-free route through ordered waypoints is NP-hard in general), this builds a loop-free route
 * segment by segment, each segment the cheapest one avoiding every node already used, and keeps it
 * only if it meets every bound. It can miss a route that exists; the caller then says so.
 */
public final class IncludeRouteFallback {
    private final Cspf cspf;
    private final Marks used = new Marks();
    private final PathBuffer segment = new PathBuffer();

    public IncludeRouteFallback(Cspf cspf) {
        this.cspf = cspf;
    }

    public boolean route(Query q, PathBuffer out) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        used.clear(s.nodeCount());
        out.clear();
        filter.clearBans();
        try {
            int cur = q.source();
            used.add(cur);
            int stage = q.arrive(0, cur);
            while (stage < q.includeHops()) {
                int target = q.hopTarget(stage);
                boolean strict = q.hopStrict(stage);
                if (q.hopIsLink(stage)) {
                    int from = s.src(target);
                    if (from != cur) {
                        if (strict || !walkTo(q, cur, from, out)) {
                            return false;
                        }
                        cur = from;
                    }
                    if (!filter.allows(target) || used.contains(s.dst(target))) {
                        return false;
                    }
                    out.add(target);
                    cur = step(filter, cur, s.dst(target));
                } else if (strict) {
                    int best = cheapestDirect(q, cur, target);
                    if (best < 0) {
                        return false;
                    }
                    out.add(best);
                    cur = step(filter, cur, target);
                } else {
                    if (!walkTo(q, cur, target, out)) {
                        return false;
                    }
                    cur = target;
                }
                stage = q.arrive(stage + 1, cur);
            }
            return walkTo(q, cur, q.destination(), out) && withinBounds(q, out);
        } finally {
            filter.clearBans();
        }
    }

    private int step(LinkFilter filter, int cur, int next) {
        filter.banNode(cur);
        used.add(next);
        return next;
    }

    /** Appends the cheapest path cur→to avoiding used nodes; bans the nodes it passes. */
    private boolean walkTo(Query q, int cur, int to, PathBuffer out) {
        if (cur == to) {
            return true;
        }
        if (used.contains(to)) {
            return false;
        }
        TeSnapshot s = q.snapshot();
        boolean last = to == q.destination();
        if (!last) {
            q.filter.banNode(q.destination());
        }
        boolean found = cspf.plainPath(q, cur, to, segment);
        if (!last) {
            q.filter.unbanNode(q.destination());
        }
        if (!found) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            int l = segment.get(i);
            out.add(l);
            q.filter.banNode(s.src(l));
            used.add(s.dst(l));
        }
        return true;
    }

    private int cheapestDirect(Query q, int cur, int target) {
        TeSnapshot s = q.snapshot();
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = s.outStart(cur), end = s.outStart(cur + 1); i < end; i++) {
            int l = s.outLink(i);
            if (s.dst(l) == target && !used.contains(target) && q.filter.allows(l) && q.cost(l) < bestCost) {
                best = l;
                bestCost = q.cost(l);
            }
        }
        return best;
    }

    private static boolean withinBounds(Query q, PathBuffer p) {
        TeSnapshot s = q.snapshot();
        for (int b = 0; b < q.boundedCount(); b++) {
            int dim = q.boundedDim(b);
            long sum = 0;
            for (int i = 0; i < p.length(); i++) {
                sum += Query.metricOf(s, dim, p.get(i));
            }
            if (sum > q.bound(dim)) {
                return false;
            }
        }
        return true;
    }
}
