package org.pathwise.compute.loadbalance;

import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.ted.TeSnapshot;

/**
 * Maximum flow from the query's source to its destination over the links the filter allows, each
 * with its residual (unreserved at setup priority, plus credit) as capacity: Dinic's algorithm
 * (BFS levels on the residual graph, then blocking flows by depth-first search with per-node arc
 * pointers; flow is undone over in-links), stopped once {@code enough} is reached. It ignores
 * bounds and the path-count limit, so it is a relaxation: a value below the demand proves no split
 * exists. Iterative, no recursion; arrays reused. One instance per thread.
 */
final class MaxFlow {
    private double[] flow = new double[0];
    private int[] level = new int[0];
    private int[] queue = new int[0];
    private int[] arc = new int[0];       // next arc to try per node: out-links first, then in-links
    private int[] stackNode = new int[0];
    private int[] stackLink = new int[0];
    private boolean[] stackForward = new boolean[0];
    private TeSnapshot s;
    private LinkFilter filter;
    private double epsilon;

    double compute(Query q, double enough) {
        s = q.snapshot();
        filter = q.filter;
        int n = s.nodeCount();
        int m = s.linkCount();
        if (flow.length < m) {
            flow = new double[m];
        }
        if (level.length < n) {
            level = new int[n];
            queue = new int[n];
            arc = new int[n];
            stackNode = new int[n + 1];
            stackLink = new int[n + 1];
            stackForward = new boolean[n + 1];
        }
        java.util.Arrays.fill(flow, 0, m, 0.0);
        epsilon = Math.max(enough, 1.0) * 1e-12;
        int source = q.source();
        int sink = q.destination();
        double total = 0;
        while (total < enough && levels(source, sink)) {
            for (int v = 0; v < n; v++) {
                arc[v] = 0;
            }
            double pushed;
            while (total < enough && (pushed = augment(source, sink, enough - total)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private double forwardRoom(int l) {
        return filter.allows(l) ? filter.residual(l) - flow[l] : 0;
    }

    /** BFS levels from the source on the residual graph; true if the sink is reachable. */
    private boolean levels(int source, int sink) {
        java.util.Arrays.fill(level, 0, s.nodeCount(), -1);
        level[source] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                int v = s.dst(l);
                if (level[v] < 0 && forwardRoom(l) > epsilon) {
                    level[v] = level[u] + 1;
                    queue[tail++] = v;
                }
            }
            for (int i = s.inStart(u), end = s.inStart(u + 1); i < end; i++) {
                int l = s.inLink(i);
                int v = s.src(l);
                if (level[v] < 0 && flow[l] > epsilon) {
                    level[v] = level[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One augmenting path along increasing levels (arc pointers skip dead arcs); the amount pushed. */
    private double augment(int source, int sink, double limit) {
        int depth = 0;
        stackNode[0] = source;
        while (true) {
            int u = stackNode[depth];
            if (u == sink) {
                double push = limit;
                for (int d = 0; d < depth; d++) {
                    int l = stackLink[d];
                    push = Math.min(push, stackForward[d] ? forwardRoom(l) : flow[l]);
                }
                for (int d = 0; d < depth; d++) {
                    flow[stackLink[d]] += stackForward[d] ? push : -push;
                }
                return push;
            }
            int out = s.outStart(u + 1) - s.outStart(u);
            int in = s.inStart(u + 1) - s.inStart(u);
            boolean advanced = false;
            while (arc[u] < out + in) {
                int a = arc[u];
                boolean forward = a < out;
                int l = forward ? s.outLink(s.outStart(u) + a) : s.inLink(s.inStart(u) + a - out);
                int v = forward ? s.dst(l) : s.src(l);
                double room = forward ? forwardRoom(l) : flow[l];
                if (level[v] == level[u] + 1 && room > epsilon) {
                    stackLink[depth] = l;
                    stackForward[depth] = forward;
                    stackNode[++depth] = v;
                    advanced = true;
                    break;
                }
                arc[u]++;
            }
            if (!advanced) {
                if (depth == 0) {
                    return 0;
                }
                level[u] = -1; // dead end for this phase
                depth--;
                arc[stackNode[depth]]++;
            }
        }
    }
}
