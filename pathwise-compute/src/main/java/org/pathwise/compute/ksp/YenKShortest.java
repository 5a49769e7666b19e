package org.pathwise.compute.ksp;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * Yen's k shortest loopless paths (Yen 1971) under the full constraint set: every spur search is
 * the exact constrained search, started with the root path's accumulated metrics and include-route
 * stage, with the root's nodes and the already-taken next links banned. Lawler's refinement: a
 * path only spurs from its own deviation index onward. Incremental ({@link #next}), so disjoint
 * pairs can walk primaries in increasing cost. One instance per thread.
 */
public final class YenKShortest {
    private final Cspf cspf;
    private final PathArena arena = new PathArena();
    private final MinHeap candidates = new MinHeap();
    private final PathBuffer spur = new PathBuffer();
    private final Marks seenNodes = new Marks();
    private int[] scratch = new int[64];
    private int[] accepted = new int[16];
    private final long[] prefixAcc = new long[4];
    private int acceptedCount;
    private Query query;
    private long sequence;
    private boolean limitHit;

    public YenKShortest(Cspf cspf) {
        this.cspf = cspf;
    }

    /** Starts enumerating the query's paths. */
    public void start(Query q) {
        this.query = q;
        arena.clear();
        candidates.clear();
        acceptedCount = 0;
        sequence = 0;
        limitHit = false;
    }

    /** True when a search hit the label limit: the enumeration may have skipped paths. */
    public boolean limitHit() {
        return limitHit;
    }

    /** The next path in increasing cost, as an id for {@link #length}/{@link #link}; -1 when none is left. */
    public int next() {
        if (acceptedCount == accepted.length) {
            accepted = java.util.Arrays.copyOf(accepted, acceptedCount * 2);
        }
        LinkFilter filter = query.filter;
        if (acceptedCount == 0) {
            filter.clearBans();
            int r = cspf.shortest(query, spur);
            if (r == Cspf.LIMIT) {
                limitHit = true;
            }
            if (r != Cspf.FOUND || !loopless(query.source(), spur, 0)) {
                return -1;
            }
            int id = arena.add(spur.array(), spur.length(), costOf(spur.array(), spur.length()), 0);
            accepted[acceptedCount++] = id;
            return id;
        }
        spurFrom(accepted[acceptedCount - 1]);
        filter.clearBans();
        if (candidates.isEmpty()) {
            return -1;
        }
        int id = candidates.pop();
        accepted[acceptedCount++] = id;
        return id;
    }

    private void spurFrom(int prev) {
        Query q = query;
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        int len = arena.length(prev);
        for (int i = arena.deviation(prev); i < len; i++) {
            filter.clearBans();
            java.util.Arrays.fill(prefixAcc, 0);
            int node = q.source();
            int stage = q.arrive(0, node);
            for (int j = 0; j < i; j++) {
                int l = arena.link(prev, j);
                filter.banNode(node);
                for (int d = 0; d < 4; d++) {
                    prefixAcc[d] += Query.metricOf(s, d, l);
                }
                node = s.dst(l);
                stage = q.advance(stage, l, node);
            }
            for (int a = 0; a < acceptedCount; a++) {
                int p = accepted[a];
                if (arena.length(p) > i && arena.samePrefix(p, prev, i)) {
                    filter.banLink(arena.link(p, i));
                }
            }
            int r = cspf.search(q, node, prefixAcc, stage, spur);
            if (r == Cspf.LIMIT) {
                limitHit = true;
            }
            if (r != Cspf.FOUND) {
                continue;
            }
            int total = i + spur.length();
            if (scratch.length < total) {
                scratch = new int[Math.max(total, scratch.length * 2)];
            }
            for (int j = 0; j < i; j++) {
                scratch[j] = arena.link(prev, j);
            }
            for (int j = 0; j < spur.length(); j++) {
                scratch[i + j] = spur.get(j);
            }
            addCandidate(total, i);
        }
    }

    private void addCandidate(int total, int deviation) {
        spur.copyFrom(scratch, 0, total);
        if (!loopless(query.source(), spur, 0)) {
            return;
        }
        long cost = costOf(scratch, total);
        int id = arena.add(scratch, total, cost, deviation);
        for (int other = 0; other < id; other++) {
            if (arena.hash(other) == arena.hash(id) && arena.sameLinks(other, id)) {
                arena.removeLast();
                return;
            }
        }
        candidates.push(id, cost, sequence++);
    }

    private long costOf(int[] links, int n) {
        long c = 0;
        for (int i = 0; i < n; i++) {
            c += query.cost(links[i]);
        }
        return c;
    }

    /** True if the path from {@code source} along buf[from..) visits no node twice. */
    private boolean loopless(int source, PathBuffer buf, int from) {
        TeSnapshot s = query.snapshot();
        seenNodes.clear(s.nodeCount());
        seenNodes.add(source);
        for (int i = from; i < buf.length(); i++) {
            int v = s.dst(buf.get(i));
            if (seenNodes.contains(v)) {
                return false;
            }
            seenNodes.add(v);
        }
        return true;
    }

    public int length(int id) {
        return arena.length(id);
    }

    public int link(int id, int i) {
        return arena.link(id, i);
    }

    public long cost(int id) {
        return arena.cost(id);
    }

    /** Copies path id's links into {@code out}. */
    public void copyTo(int id, PathBuffer out) {
        out.clear();
        for (int i = 0; i < arena.length(id); i++) {
            out.add(arena.link(id, i));
        }
    }
}
