package org.pathwise.compute.disjoint;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.BidirectionalSearch;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.PairFrontier;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * Suurballe's second search: the cheapest augmenting path in the residual graph left by the
 * first path, on the cost pair (shared elements, reduced metric), run from both ends at once.
 *
 * <p>The residual graph, never built: every allowed link (its second use, by a link of the first
 * path, costs one shared element), and every first-path link into a transit node walked
 * backwards at minus its metric. In node mode each node v is split into states 2v (in) and
 * 2v+1 (out), joined by an internal arc that costs one shared element at a transit node of the
 * first path, and by a free arc back from out to in at those nodes. Metrics are reduced by the
 * first search's potential (feasible and tight on the first path, see
 * {@link BidirectionalSearch#potential(int)}), so every arc costs at least (0, 0).
 *
 * <p>Why both ends: when every route crosses a bridge, no path avoids sharing, and a search
 * ordered by shared elements first must settle every state it can reach without sharing before
 * it may share: the whole of its side of the bridge. One-directional, that side is the source's,
 * however large. Here the forward search (from the source, out-arcs) and the backward one (from
 * the destination, in-arcs) take turns by frontier size, so the smaller side is exhausted first,
 * and the search stops on the bidirectional rule: the two heap tops together reach the best
 * meeting cost. The rule is exact for any turn order because both sides settle in their own key
 * order and pair costs add and compare lexicographically like numbers.
 *
 * <p>Joining the two trees can close a zero-cost cycle (reduced costs tie at zero along equal-cost
 * routes); the join is cut at the last state of the backward half that is also on the forward
 * half, which gives a simple path of the same cost. One instance per thread; nothing is
 * allocated once warm.
 */
final class ResidualSearch {
    static final int START = -1;
    /** Node mode: v_in to v_out. */
    static final int INTERNAL_FORWARD = -2;
    /** Node mode: v_out back to v_in (only at transit nodes of the first path). */
    static final int INTERNAL_BACKWARD = -3;

    private final PairFrontier fwd = new PairFrontier();
    private final PairFrontier bwd = new PairFrontier();
    private final Marks forwardHalf = new Marks();
    private int[] pathLinkStamp = new int[0];
    private int[] nodeStamp = new int[0];
    private int[] transitIn = new int[0];
    private int[] pathOut = new int[0];
    private int[] pathOutStamp = new int[0];
    private int epoch = 1;

    private Query q;
    private TeSnapshot s;
    private LinkFilter filter;
    private BidirectionalSearch potentials;
    private boolean split;
    private boolean bandwidthOnly;
    private double floor;
    private int priority;
    private long bestMajor;
    private long bestMinor;
    private int meet;

    /**
     * Finds the augmenting path for the first path {@code path1} from the query's source to its
     * destination, whose potentials {@code first} holds. Writes its link arcs into {@code arcs}
     * ({@code l << 1} forward, {@code (l << 1) | 1} a first-path link cancelled) and returns its
     * shared elements, or -1 when there is none.
     */
    long search(Query query, BidirectionalSearch first, PathBuffer path1, boolean nodeDisjoint, PathBuffer arcs) {
        q = query;
        s = query.snapshot();
        filter = query.filter;
        potentials = first;
        split = nodeDisjoint;
        bandwidthOnly = filter.bandwidthOnly();
        floor = filter.bandwidthFloor();
        priority = filter.priority();
        int src = query.source();
        int dst = query.destination();
        markFirstPath(path1, dst);
        int states = split ? 2 * s.nodeCount() : s.nodeCount();
        int start = split ? 2 * src + 1 : src;
        int goal = split ? 2 * dst : dst;
        fwd.clear(states);
        bwd.clear(states);
        fwd.start(start, START);
        bwd.start(goal, START);
        bestMajor = Long.MAX_VALUE;
        bestMinor = Long.MAX_VALUE;
        meet = -1;
        while (!fwd.isEmpty() && !bwd.isEmpty()) {
            if (meet >= 0 && !PairFrontier.less(fwd.topMajor() + bwd.topMajor(), fwd.topMinor() + bwd.topMinor(),
                    bestMajor, bestMinor)) {
                break;
            }
            if (fwd.frontierSize() <= bwd.frontierSize()) {
                long a = fwd.topMajor();
                long b = fwd.topMinor();
                int x = fwd.pop();
                if (split) {
                    expandForwardSplit(x, a, b);
                } else {
                    expandForward(x, a, b);
                }
            } else {
                long a = bwd.topMajor();
                long b = bwd.topMinor();
                int y = bwd.pop();
                if (split) {
                    expandBackwardSplit(y, a, b);
                } else {
                    expandBackward(y, a, b);
                }
            }
        }
        if (meet < 0) {
            return -1;
        }
        join(start, goal, states, arcs);
        return bestMajor;
    }

    // --- link mode: state = node ---
    // A neighbour already settled on the expanding side is skipped: its label cannot improve, and
    // any meeting through it was recorded when its label was set.

    private void expandForward(int u, long a, long b) {
        long pu = potentials.potential(u);
        for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
            int l = s.outLink(i);
            int v = s.dst(l);
            if (!fwd.settled(v) && allowed(l)) {
                forward(v, a + share(l), b + q.cost(l) + pu - potentials.potential(v), l << 1);
            }
        }
        if (transit(u)) {
            int l = transitIn[u];
            int v = s.src(l);
            forward(v, a, b - q.cost(l) + pu - potentials.potential(v), (l << 1) | 1);
        }
    }

    private void expandBackward(int v, long a, long b) {
        long pv = potentials.potential(v);
        for (int i = s.inStart(v), end = s.inStart(v + 1); i < end; i++) {
            int l = s.inLink(i);
            int u = s.src(l);
            if (!bwd.settled(u) && allowed(l)) {
                backward(u, a + share(l), b + q.cost(l) + potentials.potential(u) - pv, l << 1);
            }
        }
        if (leavesToTransit(v)) {
            int l = pathOut[v];
            int w = s.dst(l);
            backward(w, a, b - q.cost(l) + potentials.potential(w) - pv, (l << 1) | 1);
        }
    }

    // --- node mode: state 2v = v_in, 2v + 1 = v_out ---

    private void expandForwardSplit(int x, long a, long b) {
        int u = x >>> 1;
        long pu = potentials.potential(u);
        if ((x & 1) == 0) {
            // v_in: through the node (a shared element when the first path transits it) ...
            forward(x + 1, a + (transit(u) ? 1 : 0), b, INTERNAL_FORWARD);
            // ... or back along the first path's link that entered it.
            if (transit(u)) {
                int l = transitIn[u];
                int v = s.src(l);
                forward(2 * v + 1, a, b - q.cost(l) + pu - potentials.potential(v), (l << 1) | 1);
            }
        } else {
            if (transit(u)) {
                forward(x - 1, a, b, INTERNAL_BACKWARD);
            }
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                int v = s.dst(l);
                if (!fwd.settled(2 * v) && allowed(l)) {
                    forward(2 * v, a + share(l), b + q.cost(l) + pu - potentials.potential(v), l << 1);
                }
            }
        }
    }

    private void expandBackwardSplit(int y, long a, long b) {
        int v = y >>> 1;
        long pv = potentials.potential(v);
        if ((y & 1) == 0) {
            // Into v_in: from u_out over a link, or from v_out at a transit node.
            for (int i = s.inStart(v), end = s.inStart(v + 1); i < end; i++) {
                int l = s.inLink(i);
                int u = s.src(l);
                if (!bwd.settled(2 * u + 1) && allowed(l)) {
                    backward(2 * u + 1, a + share(l), b + q.cost(l) + potentials.potential(u) - pv, l << 1);
                }
            }
            if (transit(v)) {
                backward(y + 1, a, b, INTERNAL_BACKWARD);
            }
        } else {
            // Into v_out: from v_in, or from w_in over the first-path link (v, w) walked backwards.
            backward(y - 1, a + (transit(v) ? 1 : 0), b, INTERNAL_FORWARD);
            if (leavesToTransit(v)) {
                int l = pathOut[v];
                int w = s.dst(l);
                backward(2 * w, a, b - q.cost(l) + potentials.potential(w) - pv, (l << 1) | 1);
            }
        }
    }

    private void forward(int y, long a, long b, int arc) {
        fwd.relax(y, a, b, arc);
        if (bwd.reached(y)) {
            meetAt(y, a + bwd.major(y), b + bwd.minor(y));
        }
    }

    private void backward(int x, long a, long b, int arc) {
        bwd.relax(x, a, b, arc);
        if (fwd.reached(x)) {
            meetAt(x, a + fwd.major(x), b + fwd.minor(x));
        }
    }

    // A candidate is never below the two labels it joins (a label is at most any offer it saw),
    // so whenever best improves, `meet` holds both labels that make it.
    private void meetAt(int state, long a, long b) {
        if (PairFrontier.less(a, b, bestMajor, bestMinor)) {
            bestMajor = a;
            bestMinor = b;
            meet = state;
        }
    }

    /** Writes the link arcs of start → meet (forward tree) and meet → goal (backward tree), loop-free. */
    private void join(int start, int goal, int states, PathBuffer arcs) {
        forwardHalf.clear(states);
        int steps = 0;
        for (int x = meet; ; x = tail(x, fwd.via(x))) {
            forwardHalf.add(x);
            if (x == start) {
                break;
            }
            guard(++steps, states);
        }
        int cut = meet;
        steps = 0;
        for (int y = meet; y != goal; ) {
            y = head(y, bwd.via(y));
            if (forwardHalf.contains(y)) {
                cut = y;
            }
            guard(++steps, states);
        }
        arcs.clear();
        for (int x = cut; x != start; x = tail(x, fwd.via(x))) {
            addLinkArc(fwd.via(x), arcs);
        }
        for (int y = cut; y != goal; y = head(y, bwd.via(y))) {
            addLinkArc(bwd.via(y), arcs);
        }
    }

    private static void guard(int steps, int states) {
        if (steps > states + 1) {
            throw new IllegalStateException("residual search tree does not lead back to its root");
        }
    }

    private static void addLinkArc(int arc, PathBuffer arcs) {
        if (arc >= 0) {
            arcs.add(arc);
        }
    }

    /** The state an arc entering {@code x} comes from. */
    private int tail(int x, int arc) {
        return switch (arc) {
            case INTERNAL_FORWARD -> x - 1;
            case INTERNAL_BACKWARD -> x + 1;
            default -> {
                int l = arc >>> 1;
                boolean cancelled = (arc & 1) != 0;
                int node = cancelled ? s.dst(l) : s.src(l);
                // A forward link leaves u_out; a cancelled first-path link leaves w_in.
                yield split ? (cancelled ? 2 * node : 2 * node + 1) : node;
            }
        };
    }

    /** The state an arc leaving {@code y} goes to. */
    private int head(int y, int arc) {
        return switch (arc) {
            case INTERNAL_FORWARD -> y + 1;
            case INTERNAL_BACKWARD -> y - 1;
            default -> {
                int l = arc >>> 1;
                boolean cancelled = (arc & 1) != 0;
                int node = cancelled ? s.src(l) : s.dst(l);
                // A forward link enters v_in; a cancelled first-path link enters v_out.
                yield split ? (cancelled ? 2 * node + 1 : 2 * node) : node;
            }
        };
    }

    // --- the first path ---

    private void markFirstPath(PathBuffer path1, int dst) {
        int n = s.nodeCount();
        int m = s.linkCount();
        if (nodeStamp.length < n) {
            nodeStamp = new int[n];
            transitIn = new int[n];
            pathOut = new int[n];
            pathOutStamp = new int[n];
        }
        if (pathLinkStamp.length < m) {
            pathLinkStamp = new int[m];
        }
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(nodeStamp, 0);
            java.util.Arrays.fill(pathOutStamp, 0);
            java.util.Arrays.fill(pathLinkStamp, 0);
            epoch = 1;
        }
        for (int i = 0; i < path1.length(); i++) {
            int l = path1.get(i);
            pathLinkStamp[l] = epoch;
            int v = s.dst(l);
            if (v != dst) {
                nodeStamp[v] = epoch;
                transitIn[v] = l;
                int u = s.src(l);
                pathOutStamp[u] = epoch;
                pathOut[u] = l;
            }
        }
    }

    private boolean allowed(int l) {
        return bandwidthOnly ? s.unreservedBandwidth(l, priority) >= floor : filter.allows(l);
    }

    private long share(int l) {
        return pathLinkStamp[l] == epoch ? 1 : 0;
    }

    /** A node the first path passes through (not its source or destination). */
    private boolean transit(int v) {
        return nodeStamp[v] == epoch;
    }

    /** True when the first path leaves v towards a transit node (the link it could cancel). */
    private boolean leavesToTransit(int v) {
        return pathOutStamp[v] == epoch;
    }
}
