package org.pathwise.compute.disjoint;

import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.BidirectionalSearch;
import org.pathwise.compute.workspace.PathBuffer;
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
 * ({@link BidirectionalSearch#potential(int)}); the residual search ({@link ResidualSearch}) runs
 * from both ends too, so neither search sweeps the graph when the endpoints are close, nor when a
 * bridge forces sharing far from the source.
 */
public final class Suurballe {
    private final BidirectionalSearch first = new BidirectionalSearch();
    private final ResidualSearch residual = new ResidualSearch();
    private final PathBuffer path1 = new PathBuffer();
    private final PathBuffer arcs = new PathBuffer();
    private final PathBuffer touched = new PathBuffer();
    private final NodeWalk walk = new NodeWalk();
    private int[] flow = new int[0];

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
        long shares = residual.search(q, first, path1, nodeDisjoint, arcs);
        if (shares < 0) {
            throw new IllegalStateException("no augmenting path although the first path's own links form one");
        }
        if (flow.length < s.linkCount()) {
            flow = new int[s.linkCount()];
        }
        touched.clear();
        for (int i = 0; i < path1.length(); i++) {
            addFlow(path1.get(i), 1);
        }
        // A forward arc adds a unit on its link; a cancelled first-path link gives one back.
        for (int i = 0; i < arcs.length(); i++) {
            int arc = arcs.get(i);
            addFlow(arc >>> 1, (arc & 1) == 0 ? 1 : -1);
        }
        cancelOpposites(s);
        walk.decompose(s, src, dst, flow, a);
        walk.decompose(s, src, dst, flow, b);
        clearFlow();
        return (int) shares;
    }

    private void addFlow(int l, int delta) {
        if (flow[l] == 0 && delta > 0) {
            touched.add(l);
        }
        flow[l] += delta;
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
