package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.compute.constraint.Query;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/**
 * Suurballe's pair (first path, then the bidirectional residual search) against an independent
 * oracle: JGraphT's capacity-scaling minimum-cost flow of two units on the explicit graph where
 * every link (and, for node-disjointness, every transit node) has a second copy costing a large
 * penalty. The oracle's optimum is (fewest shared elements, then least total metric) as one
 * number; the pair must reach exactly that number, on random graphs built to hit the hard cases:
 * trees and near-trees (a bridge on every route, near the source, the destination or both),
 * metrics of 1 to 3 (equal-cost ties everywhere, zero reduced costs), links of metric 0 (zero-cost
 * cycles), asymmetric metrics, and bandwidth pruning that cuts links in one direction only.
 */
class MaximallyDisjointPairTest {
    private static final double PENALTY = 1e7;
    private final PathComputer computer = new PathComputer();

    @Test
    void pairIsTheLexicographicMinimumCostTwoFlow() {
        Random r = new Random(21);
        int shared = 0;
        int disjoint = 0;
        for (int g = 0; g < 3000; g++) {
            int n = 2 + r.nextInt(g % 3 == 0 ? 60 : 15);
            int extra = switch (r.nextInt(4)) {
                case 0 -> 0;
                case 1 -> r.nextInt(3);
                default -> r.nextInt(2 * n + 1);
            };
            int maxMetric = r.nextBoolean() ? 1 + r.nextInt(3) : 1 + r.nextInt(20);
            TeSnapshot s = Topo.random(70000 + g, n, extra, maxMetric, r.nextBoolean());
            if (r.nextInt(3) == 0) {
                s = withSomeZeroMetrics(s, r);
            }
            int src = r.nextInt(n);
            int dst = r.nextInt(n);
            if (src == dst) {
                continue;
            }
            boolean nodeMode = r.nextBoolean();
            MetricKind metric = MetricKind.values()[r.nextInt(4)];
            double bw = r.nextInt(3) == 0 ? 1000 * r.nextInt(8) : 0;
            PathRequest req = PathRequest.between(Topo.id(s, src), Topo.id(s, dst)).minimise(metric).bandwidth(bw)
                    .disjoint(nodeMode ? Diversity.Disjointness.NODE : Diversity.Disjointness.LINK,
                            Diversity.PairObjective.MIN_TOTAL)
                    .build();
            Query q = new Query();
            assertThat(q.prepare(s, req, Query.ALL)).isNull();
            String ctx = "graph " + g + (nodeMode ? " node" : " link") + " " + metric + " bw " + bw;
            PathResult got = computer.compute(s, req);
            if (DijkstraShortestPath.findPathBetween(Topo.jgrapht(s, metric, q.filter::allows), src, dst) == null) {
                assertThat(got).as(ctx).isInstanceOf(PathResult.NoPath.class);
                continue;
            }
            assertThat(got).as(ctx).isInstanceOf(Found.class);
            Found f = (Found) got;
            Path a = f.paths().get(0);
            Path b = f.paths().get(1);
            JGraphTCrossCheckTest.assertValid(s, a, src, dst);
            JGraphTCrossCheckTest.assertValid(s, b, src, dst);
            for (Path p : f.paths()) {
                for (int l : p.links()) {
                    assertThat(q.filter.allows(l)).as("%s: link %d is allowed", ctx, l).isTrue();
                }
            }
            int shares = sharedLinks(a, b) + (nodeMode ? sharedTransitNodes(a, b) : 0);
            long total = a.metric(metric) + b.metric(metric);
            double oracle = minCostTwoFlow(s, q, metric, src, dst, nodeMode);
            assertThat(shares * PENALTY + total).as(ctx).isEqualTo(oracle);
            assertThat(f.caveats().contains(Caveat.NOT_FULLY_DISJOINT)).as(ctx).isEqualTo(shares > 0);
            PathResult single = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                    .minimise(metric).bandwidth(bw).build());
            assertThat((double) ((Found) single).first().metric(metric)).as("%s: shortest", ctx).isEqualTo(
                    DijkstraShortestPath.findPathBetween(Topo.jgrapht(s, metric, q.filter::allows), src, dst).getWeight());
            assertThat(a.metric(metric)).as("%s: primary first", ctx).isLessThanOrEqualTo(b.metric(metric));
            if (shares > 0) {
                shared++;
            } else {
                disjoint++;
            }
        }
        assertThat(shared).as("pairs forced to share").isGreaterThan(500);
        assertThat(disjoint).as("fully disjoint pairs").isGreaterThan(500);
    }

    /** The same topology with a third of its links at metric 0 (IGP, TE and delay). */
    private static TeSnapshot withSomeZeroMetrics(TeSnapshot s, Random r) {
        TopologyBuilder b = s.toBuilder();
        for (Link l : s.links()) {
            if (r.nextInt(3) == 0) {
                b.replaceLink(l.toBuilder().igpMetric(0).teMetric(0).delayMicros(0).build());
            }
        }
        return b.build();
    }

    private static int sharedLinks(Path a, Path b) {
        int count = 0;
        for (int l : b.links()) {
            for (int k : a.links()) {
                if (k == l) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static int sharedTransitNodes(Path a, Path b) {
        int count = 0;
        for (int j = 1; j < b.hopCount(); j++) {
            for (int i = 1; i < a.hopCount(); i++) {
                if (a.node(i) == b.node(j)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * Cost of the cheapest two units from src to dst where each allowed link carries one unit at
     * its metric and a second at PENALTY more; in node mode on the split graph (v_in = 2v,
     * v_out = 2v + 1) whose transit nodes pass a second unit at PENALTY.
     */
    private static double minCostTwoFlow(TeSnapshot s, Query q, MetricKind metric, int src, int dst, boolean nodeMode) {
        Graph<Integer, Topo.LinkEdge> g = Topo.newGraph();
        int n = s.nodeCount();
        for (int v = 0; v < (nodeMode ? 2 * n : n); v++) {
            g.addVertex(v);
        }
        if (nodeMode) {
            for (int v = 0; v < n; v++) {
                double second = v == src || v == dst ? 0 : PENALTY;
                Topo.addEdge(g, 2 * v, 2 * v + 1, -1, 0);
                Topo.addEdge(g, 2 * v, 2 * v + 1, -1, second);
            }
        }
        for (int l = 0; l < s.linkCount(); l++) {
            if (q.filter.allows(l)) {
                int from = nodeMode ? 2 * s.src(l) + 1 : s.src(l);
                int to = nodeMode ? 2 * s.dst(l) : s.dst(l);
                double c = metric.of(s, l);
                Topo.addEdge(g, from, to, l, c);
                Topo.addEdge(g, from, to, l, PENALTY + c);
            }
        }
        int source = nodeMode ? 2 * src + 1 : src;
        int sink = nodeMode ? 2 * dst : dst;
        MinimumCostFlowProblem<Integer, Topo.LinkEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                g, v -> v == source ? 2 : v == sink ? -2 : 0, e -> 1, e -> 0, g::getEdgeWeight);
        return new CapacityScalingMinimumCostFlow<Integer, Topo.LinkEdge>().getMinimumCostFlow(problem).getCost();
    }
}
