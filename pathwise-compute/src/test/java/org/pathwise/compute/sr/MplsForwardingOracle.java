package org.pathwise.compute.sr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;

/**
 * An independent model of SR-MPLS forwarding for tests: all-pairs IGP distances by Floyd-Warshall,
 * then a packet carrying a label stack is followed along EVERY equal-cost next hop (ECMP), labels
 * interpreted with each node's own SRGB. Returns every link sequence a packet can take.
 */
final class MplsForwardingOracle {
    static final long INF = Long.MAX_VALUE / 4;
    private final TeSnapshot s;
    final long[][] dist;

    MplsForwardingOracle(TeSnapshot s) {
        this.s = s;
        int n = s.nodeCount();
        dist = new long[n][n];
        for (long[] row : dist) {
            Arrays.fill(row, INF);
        }
        for (int v = 0; v < n; v++) {
            dist[v][v] = 0;
        }
        for (int l = 0; l < s.linkCount(); l++) {
            dist[s.src(l)][s.dst(l)] = Math.min(dist[s.src(l)][s.dst(l)], s.igpMetric(l));
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (dist[i][k] + dist[k][j] < dist[i][j]) {
                        dist[i][j] = dist[i][k] + dist[k][j];
                    }
                }
            }
        }
    }

    /** Every walk (link ids) a packet sent by {@code head} with {@code labels} (top first) takes; capped. */
    Set<List<Integer>> forward(int head, int[] labels, int maxLinks) {
        Set<List<Integer>> walks = new HashSet<>();
        step(head, labels, 0, -1, new ArrayList<>(), walks, maxLinks);
        return walks;
    }

    /** target: node the active node SID leads to (-1 when the top label is not yet interpreted). */
    private void step(int at, int[] labels, int top, int target, List<Integer> walk,
                      Set<List<Integer>> walks, int maxLinks) {
        if (walk.size() > maxLinks || walks.size() > 64) {
            walks.add(List.of(-1)); // a runaway packet: never equal to a real path
            return;
        }
        if (target < 0) {
            if (top == labels.length) {
                walks.add(List.copyOf(walk));
                return;
            }
            int label = labels[top];
            int adjacency = adjacencyWithLabel(at, label);
            if (adjacency >= 0) {
                walk.add(adjacency);
                step(s.dst(adjacency), labels, top + 1, -1, walk, walks, maxLinks);
                walk.remove(walk.size() - 1);
                return;
            }
            target = nodeForLabel(at, label);
            if (target < 0) {
                walks.add(List.of(-2)); // label unknown at this node: dropped
                return;
            }
        }
        if (target == at) {
            step(at, labels, top + 1, -1, walk, walks, maxLinks);
            return;
        }
        if (dist[at][target] >= INF) {
            walks.add(List.of(-3));
            return;
        }
        SrNodeInfo mine = s.node(at).sr();
        if (mine == null || mine.srgbRange() <= s.node(target).sr().nodeSidIndex()) {
            walks.add(List.of(-4)); // this node cannot hold the label in its SRGB: dropped
            return;
        }
        for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
            int l = s.outLink(i);
            int next = s.dst(l);
            if (s.igpMetric(l) + dist[next][target] == dist[at][target]) {
                walk.add(l);
                step(next, labels, top, target, walk, walks, maxLinks);
                walk.remove(walk.size() - 1);
            }
        }
    }

    private int adjacencyWithLabel(int at, int label) {
        for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
            if (s.adjacencySidLabel(s.outLink(i)) == label) {
                return s.outLink(i);
            }
        }
        return -1;
    }

    /** The node whose node SID index is label - (this node's SRGB base), if this node's SRGB holds it. */
    private int nodeForLabel(int at, int label) {
        SrNodeInfo mine = s.node(at).sr();
        if (mine == null || mine.srgbRange() == 0 || label < mine.srgbBase() || label >= mine.srgbBase() + mine.srgbRange()) {
            return -1;
        }
        int index = label - mine.srgbBase();
        for (int v = 0; v < s.nodeCount(); v++) {
            SrNodeInfo sr = s.node(v).sr();
            if (sr != null && sr.nodeSidLabel() >= 0 && sr.nodeSidIndex() == index) {
                return v;
            }
        }
        return -1;
    }
}
