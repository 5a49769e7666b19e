package org.pathwise.compute.loadbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;

/**
 * Random small networks and demands. A split is always valid (sum = demand, each share ≥ min,
 * at most N paths within the hop limit, every link within its unreserved bandwidth); when one path
 * can carry the demand the answer is that single path at the brute-force minimum cost; a
 * "cannot flow" failure agrees with JGraphT's maximum flow.
 */
class LoadBalancerPropertyTest {
    private final LoadBalancer balancer = new LoadBalancer();

    @Property(tries = 300)
    void splitsAreValidAndSinglePathsExact(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int maxPaths,
                                            @ForAll @IntRange(min = 0, max = 4) int maxHops) {
        Random rnd = new Random(seed);
        int n = 3 + rnd.nextInt(5);
        LbNet net = new LbNet();
        for (int v = 0; v < n; v++) {
            net.nodes("n" + v);
        }
        int id = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && rnd.nextInt(10) < 5) {
                    net.link("l" + id++, "n" + a, "n" + b, 1 + rnd.nextInt(5), 10 * (1 + rnd.nextInt(10)));
                }
            }
        }
        TeSnapshot s = net.build();
        double demand = 10 * (3 + rnd.nextInt(15));
        double min = rnd.nextInt(3) == 0 ? 0 : 5 * rnd.nextInt(5);
        PathRequest pr = PathRequest.between("n0", "n" + (n - 1)).bandwidth(demand).maxHops(maxHops).build();
        LoadBalanceResult r = balancer.compute(s, new LoadBalanceRequest(pr, maxPaths, min));

        if (min > demand) {
            assertThat(r).isInstanceOfSatisfying(LoadBalanceResult.Failed.class, f ->
                    assertThat(f.noPath().reason()).isEqualTo(NoPathReason.UNSUPPORTED_COMBINATION));
            return;
        }
        long singleCost = cheapestSinglePath(s, 0, n - 1, demand, maxHops == 0 ? n : maxHops);
        switch (r) {
            case LoadBalanceResult.Split split -> {
                Statistics.collect("split into " + split.shares().size());
                checkValid(s, split, demand, min, maxPaths, maxHops);
                if (singleCost != Long.MAX_VALUE) {
                    assertThat(split.shares()).hasSize(1);
                    assertThat(split.shares().get(0).path().teMetric()).isEqualTo(singleCost);
                }
            }
            case LoadBalanceResult.Failed f -> {
                Statistics.collect(f.noPath().reason().name());
                assertThat(singleCost).as("a single path fits the demand").isEqualTo(Long.MAX_VALUE);
                if (f.noPath().detail().contains("can flow")) {
                    double maxFlow = jgraphtMaxFlow(s, 0, n - 1, min);
                    assertThat(maxFlow).isLessThan(demand);
                    assertThat(f.noPath().detail()).startsWith("at most " + Bandwidth.format(maxFlow) + "bit/s can flow");
                }
                if (f.noPath().reason() == NoPathReason.NO_ROUTE) {
                    assertThat(jgraphtMaxFlow(s, 0, n - 1, 0)).isZero();
                }
            }
        }
    }

    private static void checkValid(TeSnapshot s, LoadBalanceResult.Split split, double demand, double min,
                                   int maxPaths, int maxHops) {
        assertThat(split.shares().size()).isLessThanOrEqualTo(maxPaths);
        assertThat(split.totalBandwidth()).isCloseTo(demand, org.assertj.core.data.Offset.offset(demand * 1e-9));
        Map<Integer, Double> load = new HashMap<>();
        for (LoadBalanceResult.Share share : split.shares()) {
            assertThat(share.bandwidth()).isGreaterThanOrEqualTo(min * (1 - 1e-9)).isPositive();
            if (maxHops > 0) {
                assertThat(share.path().hopCount()).isLessThanOrEqualTo(maxHops);
            }
            Set<Integer> nodes = new HashSet<>();
            for (int v : share.path().nodes()) {
                assertThat(nodes.add(v)).as("loop-free").isTrue();
            }
            for (int l : share.path().links()) {
                load.merge(l, share.bandwidth(), Double::sum);
            }
        }
        load.forEach((l, used) -> assertThat(used).isLessThanOrEqualTo(s.unreservedBandwidth(l, 7) * (1 + 1e-9)));
    }

    /** Cheapest simple path with every link at least {@code demand} wide, by enumeration. */
    private static long cheapestSinglePath(TeSnapshot s, int from, int to, double demand, int hops) {
        long[] best = {Long.MAX_VALUE};
        walk(s, from, to, demand, hops, new boolean[s.nodeCount()], 0, best);
        return best[0];
    }

    private static void walk(TeSnapshot s, int at, int to, double demand, int hops, boolean[] seen, long cost, long[] best) {
        if (at == to) {
            best[0] = Math.min(best[0], cost);
            return;
        }
        if (hops == 0) {
            return;
        }
        seen[at] = true;
        for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
            int l = s.outLink(i);
            if (!seen[s.dst(l)] && s.unreservedBandwidth(l, 7) >= demand) {
                walk(s, s.dst(l), to, demand, hops - 1, seen, cost + s.teMetric(l), best);
            }
        }
        seen[at] = false;
    }

    private static double jgraphtMaxFlow(TeSnapshot s, int from, int to, double min) {
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < s.nodeCount(); v++) {
            g.addVertex(v);
        }
        List<Integer> links = new ArrayList<>();
        for (int l = 0; l < s.linkCount(); l++) {
            links.add(l);
        }
        for (int l : links) {
            double c = s.unreservedBandwidth(l, 7);
            if (c >= Math.max(min, Double.MIN_NORMAL)) {
                DefaultWeightedEdge e = g.addEdge(s.src(l), s.dst(l));
                g.setEdgeWeight(e, c);
            }
        }
        return new EdmondsKarpMFImpl<>(g).getMaximumFlowValue(from, to);
    }
}
