package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.BhandariKDisjointShortestPaths;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.TeSnapshot;

/**
 * Pathwise's own algorithms against JGraphT on thousands of seeded random graphs: equal costs for
 * plain and bandwidth-pruned shortest paths, Yen's k paths, link- and node-disjoint pairs.
 */
class JGraphTCrossCheckTest {
    private static final int GRAPHS = 2000;
    private final PathComputer computer = new PathComputer();

    @Test
    void shortestPathCostsMatchDijkstraWithAndWithoutBandwidth() {
        Random r = new Random(1);
        int compared = 0;
        for (int g = 0; g < GRAPHS; g++) {
            int n = 2 + r.nextInt(60);
            TeSnapshot s = Topo.random(1000 + g, n, r.nextInt(2 * n + 1), 1 + r.nextInt(50), r.nextBoolean());
            MetricKind metric = MetricKind.values()[r.nextInt(4)];
            int src = r.nextInt(n);
            int dst = r.nextInt(n);
            if (src == dst) {
                continue;
            }
            double bw = r.nextBoolean() ? 0 : 1000 * r.nextInt(8);
            int prio = r.nextInt(8);
            Graph<Integer, Topo.LinkEdge> oracle = Topo.jgrapht(s, metric,
                    l -> bw == 0 || s.unreservedBandwidth(l, prio) >= bw);
            GraphPath<Integer, Topo.LinkEdge> expected = DijkstraShortestPath.findPathBetween(oracle, src, dst);
            PathRequest req = PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                    .minimise(metric).bandwidth(bw).priorities(prio, prio).build();
            PathResult got = computer.compute(s, req);
            if (expected == null) {
                assertThat(got).as("graph %d", g).isInstanceOf(NoPath.class);
            } else {
                assertThat(got).as("graph %d", g).isInstanceOf(Found.class);
                Path p = ((Found) got).first();
                assertThat((double) p.metric(metric)).as("graph %d cost", g).isEqualTo(expected.getWeight());
                assertValid(s, p, src, dst);
                for (int l : p.links()) {
                    assertThat(s.unreservedBandwidth(l, prio)).isGreaterThanOrEqualTo(bw);
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(GRAPHS / 2);
    }

    @Test
    void yenKPathsMatchJGraphTYen() {
        Random r = new Random(2);
        for (int g = 0; g < GRAPHS / 2; g++) {
            int n = 3 + r.nextInt(25);
            TeSnapshot s = Topo.random(5000 + g, n, r.nextInt(2 * n + 1), 1 + r.nextInt(9), r.nextBoolean());
            int src = r.nextInt(n);
            int dst = (src + 1 + r.nextInt(n - 1)) % n;
            int k = 1 + r.nextInt(8);
            List<GraphPath<Integer, Topo.LinkEdge>> expected =
                    new YenKShortestPath<>(Topo.jgrapht(s, MetricKind.TE, l -> true)).getPaths(src, dst, k);
            PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst)).paths(k).build());
            assertThat(got).isInstanceOf(Found.class);
            List<Path> paths = ((Found) got).paths();
            assertThat(paths.stream().mapToDouble(p -> p.teMetric()).boxed().toList())
                    .as("graph %d k=%d", g, k)
                    .isEqualTo(expected.stream().map(GraphPath::getWeight).toList());
            assertThat(paths.stream().map(p -> java.util.Arrays.toString(p.links())).distinct()).hasSize(paths.size());
            for (Path p : paths) {
                assertValid(s, p, src, dst);
            }
        }
    }

    @Test
    void linkDisjointPairsMatchSuurballe() {
        Random r = new Random(3);
        for (int g = 0; g < GRAPHS; g++) {
            int n = 3 + r.nextInt(40);
            TeSnapshot s = Topo.random(9000 + g, n, r.nextInt(2 * n + 1), 1 + r.nextInt(20), false);
            int src = r.nextInt(n);
            int dst = (src + 1 + r.nextInt(n - 1)) % n;
            List<GraphPath<Integer, Topo.LinkEdge>> expected = new BhandariKDisjointShortestPaths<>(
                    Topo.jgrapht(s, MetricKind.TE, l -> true)).getPaths(src, dst, 2);
            PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                    .disjoint(Diversity.Disjointness.LINK, Diversity.PairObjective.MIN_TOTAL).build());
            Found f = (Found) got;
            assertPair(s, f, src, dst, expected, g);
            if (expected.size() == 2) {
                assertThat(f.sharing().links()).isZero();
            }
        }
    }

    @Test
    void nodeDisjointPairsMatchSuurballeOnTheSplitGraph() {
        Random r = new Random(4);
        for (int g = 0; g < GRAPHS; g++) {
            int n = 3 + r.nextInt(40);
            TeSnapshot s = Topo.random(13000 + g, n, r.nextInt(2 * n + 1), 1 + r.nextInt(20), false);
            int src = r.nextInt(n);
            int dst = (src + 1 + r.nextInt(n - 1)) % n;
            List<GraphPath<Integer, Topo.LinkEdge>> expected =
                    new BhandariKDisjointShortestPaths<>(splitGraph(s)).getPaths(2 * src + 1, 2 * dst, 2);
            PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                    .disjoint(Diversity.Disjointness.NODE, Diversity.PairObjective.MIN_TOTAL).build());
            Found f = (Found) got;
            assertPair(s, f, src, dst, expected, g);
            if (expected.size() == 2) {
                assertThat(f.sharing().nodes()).isZero();
                assertThat(f.sharing().links()).isZero();
            }
        }
    }

    private static void assertPair(TeSnapshot s, Found f, int src, int dst,
                                   List<GraphPath<Integer, Topo.LinkEdge>> expected, int g) {
        assertThat(f.paths()).hasSize(2);
        for (Path p : f.paths()) {
            assertValid(s, p, src, dst);
        }
        long total = f.paths().get(0).teMetric() + f.paths().get(1).teMetric();
        if (expected.size() == 2) {
            assertThat((double) total).as("graph %d total", g)
                    .isEqualTo(expected.get(0).getWeight() + expected.get(1).getWeight());
            assertThat(f.caveats()).doesNotContain(Caveat.NOT_FULLY_DISJOINT);
        } else {
            assertThat(f.caveats()).as("graph %d", g).contains(Caveat.NOT_FULLY_DISJOINT);
        }
    }

    /** Node splitting: v_in = 2v, v_out = 2v+1, v_in->v_out weight 0; link u->v is u_out->v_in. */
    private static Graph<Integer, Topo.LinkEdge> splitGraph(TeSnapshot s) {
        Graph<Integer, Topo.LinkEdge> g = Topo.newGraph();
        int m = s.linkCount();
        for (int v = 0; v < s.nodeCount(); v++) {
            g.addVertex(2 * v);
            g.addVertex(2 * v + 1);
            Topo.addEdge(g, 2 * v, 2 * v + 1, m + v, 0);
        }
        for (int l = 0; l < m; l++) {
            Topo.addEdge(g, 2 * s.src(l) + 1, 2 * s.dst(l), l, s.teMetric(l));
        }
        return g;
    }

    /** The path is a loop-free chain of links from src to dst with consistent nodes and metrics. */
    static void assertValid(TeSnapshot s, Path p, int src, int dst) {
        assertThat(p.source()).isEqualTo(src);
        assertThat(p.destination()).isEqualTo(dst);
        assertThat(p.snapshotVersion()).isEqualTo(s.version());
        long te = 0;
        for (int i = 0; i < p.hopCount(); i++) {
            int l = p.link(i);
            assertThat(s.src(l)).isEqualTo(p.node(i));
            assertThat(s.dst(l)).isEqualTo(p.node(i + 1));
            te += s.teMetric(l);
        }
        assertThat(p.teMetric()).isEqualTo(te);
        assertThat(java.util.Arrays.stream(p.nodes()).distinct().count()).as("loop-free").isEqualTo(p.nodes().length);
    }
}
