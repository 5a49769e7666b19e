package org.pathwise.compute.loadbalance;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.ted.TeSnapshot;

/**
 * Maximum flow from the query's source to its destination over the links the filter allows, each
 * with its residual (unreserved at setup priority, plus credit) as capacity: Edmonds-Karp
 * (shortest augmenting paths by BFS on the residual graph, undoing flow over in-links), stopped
 * once {@code enough} is reached. It ignores bounds and the path-count limit, so it is a
 * relaxation: a value below the demand proves no split exists. One instance per thread.
 */
final class MaxFlow {
    private double[] flow = new double[0];
    private int[] viaLink = new int[0];
    private boolean[] viaForward = new boolean[0];
    private int[] queue = new int[0];
    private final Marks seen = new Marks();

    double compute(Query q, double enough) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        int n = s.nodeCount();
        int m = s.linkCount();
        if (flow.length < m) {
            flow = new double[m];
        }
        if (viaLink.length < n) {
            viaLink = new int[n];
            viaForward = new boolean[n];
            queue = new int[n];
        }
        java.util.Arrays.fill(flow, 0, m, 0.0);
        double epsilon = Math.max(enough, 1.0) * 1e-12;
        double total = 0;
        int source = q.source();
        int sink = q.destination();
        while (total < enough) {
            if (!augmentingPath(s, filter, source, sink, epsilon)) {
                break;
            }
            double push = enough - total;
            for (int v = sink; v != source; ) {
                int l = viaLink[v];
                push = Math.min(push, viaForward[v] ? filter.residual(l) - flow[l] : flow[l]);
                v = viaForward[v] ? s.src(l) : s.dst(l);
            }
            for (int v = sink; v != source; ) {
                int l = viaLink[v];
                flow[l] += viaForward[v] ? push : -push;
                v = viaForward[v] ? s.src(l) : s.dst(l);
            }
            total += push;
        }
        return total;
    }

    private boolean augmentingPath(TeSnapshot s, LinkFilter filter, int source, int sink, double epsilon) {
        seen.clear(s.nodeCount());
        seen.add(source);
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                int v = s.dst(l);
                if (!seen.contains(v) && filter.allows(l) && filter.residual(l) - flow[l] > epsilon) {
                    seen.add(v);
                    viaLink[v] = l;
                    viaForward[v] = true;
                    if (v == sink) {
                        return true;
                    }
                    queue[tail++] = v;
                }
            }
            for (int i = s.inStart(u), end = s.inStart(u + 1); i < end; i++) {
                int l = s.inLink(i);
                int v = s.src(l);
                if (!seen.contains(v) && flow[l] > epsilon) {
                    seen.add(v);
                    viaLink[v] = l;
                    viaForward[v] = false;
                    queue[tail++] = v;
                }
            }
        }
        return false;
    }
}
