package org.pathwise.compute.disjoint;

import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * Takes one source-destination path out of an integral link flow: walks from the source along
 * links that still carry flow, consuming it, and erases any loop it closes (a zero-cost cycle in
 * the flow carries nothing from source to destination).
 */
final class NodeWalk {
    private int[] positionStamp = new int[0];
    private int[] position = new int[0];
    private int epoch = 1;

    void decompose(TeSnapshot s, int src, int dst, int[] flow, PathBuffer out) {
        int n = s.nodeCount();
        if (positionStamp.length < n) {
            positionStamp = new int[n];
            position = new int[n];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(positionStamp, 0);
            epoch = 1;
        }
        out.clear();
        int u = src;
        visit(u, 0);
        while (u != dst) {
            int next = -1;
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (flow[l] > 0) {
                    next = l;
                    break;
                }
            }
            if (next < 0) {
                throw new IllegalStateException("flow decomposition stuck at node " + u + ": not a 2-flow");
            }
            flow[next]--;
            int v = s.dst(next);
            if (positionStamp[v] == epoch && position[v] <= out.length()) {
                // Loop closed: drop the links since v was first reached, and unmark those nodes.
                int keep = position[v];
                for (int i = keep; i < out.length(); i++) {
                    positionStamp[s.dst(out.get(i))] = 0;
                }
                out.truncate(keep);
                visit(v, keep);
            } else {
                out.add(next);
                visit(v, out.length());
            }
            u = v;
        }
    }

    private void visit(int v, int pos) {
        positionStamp[v] = epoch;
        position[v] = pos;
    }
}
