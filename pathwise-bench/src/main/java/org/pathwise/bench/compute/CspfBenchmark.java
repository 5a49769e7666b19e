package org.pathwise.bench.compute;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathwise.compute.Diversity;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.ted.TeSnapshot;

/**
 * Pathwise's path computation side by side with JGraphT, on the same Waxman topologies and the same
 * 1,024 random source/destination pairs (cycled): CSPF with a 5 Gbit/s bandwidth constraint, a
 * link-disjoint pair (minimum total), and Yen k = 5. JGraphT gets the graph pre-pruned by
 * bandwidth and its algorithm objects built once, outside the measured loop, so it does less
 * work per query than Pathwise, which compiles the request and filters links on the fly.
 * {@code jgraphtDijkstra} is the yardstick (JGraphT's one-directional Dijkstra, stopping
 * at the destination); {@code jgraphtBidirectionalDijkstra} is JGraphT's own bidirectional
 * search, the same algorithm as Pathwise's, for context. SampleTime reports the median (p0.50)
 * per query; JMH's Blackhole consumes every returned result.
 *
 * <pre>./pathwise jmh CspfBenchmark -f 1 -wi 5 -w 1s -i 5 -r 1s -prof gc</pre>
 * (five warm-up iterations: on a loaded machine the JIT needs them for the slow queries)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CspfBenchmark {

    /** Nodes; 2 x nodes adjacencies = 4 x nodes directed links (200: 800 links, 5000: 20,000). */
    @Param({"200", "5000"})
    int nodes;

    TeSnapshot snapshot;
    PathComputer computer;
    PathRequest[] cspf;
    PathRequest[] pair;
    PathRequest[] yen;
    int[][] pairs;
    Graph<Integer, DefaultWeightedEdge> pruned;
    DijkstraShortestPath<Integer, DefaultWeightedEdge> jgraphtDijkstra;
    BidirectionalDijkstraShortestPath<Integer, DefaultWeightedEdge> jgraphtBidirectional;
    YenKShortestPath<Integer, DefaultWeightedEdge> jgraphtYen;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = BenchGraphs.waxman(nodes);
        computer = new PathComputer();
        pairs = BenchGraphs.pairs(snapshot, 7);
        cspf = BenchGraphs.requests(snapshot, pairs, b -> b);
        pair = BenchGraphs.requests(snapshot, pairs,
                b -> b.disjoint(Diversity.Disjointness.LINK, Diversity.PairObjective.MIN_TOTAL));
        yen = BenchGraphs.requests(snapshot, pairs, b -> b.paths(5));
        pruned = BenchGraphs.jgraphtPruned(snapshot);
        jgraphtDijkstra = new DijkstraShortestPath<>(pruned);
        jgraphtBidirectional = new BidirectionalDijkstraShortestPath<>(pruned);
        jgraphtYen = new YenKShortestPath<>(pruned);
    }

    private int nextIndex() {
        return next++ & (BenchGraphs.QUERIES - 1);
    }

    @Benchmark
    public PathResult pathwiseCspf() {
        return computer.compute(snapshot, cspf[nextIndex()]);
    }

    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> jgraphtDijkstra() {
        int[] p = pairs[nextIndex()];
        return jgraphtDijkstra.getPath(p[0], p[1]);
    }

    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> jgraphtBidirectionalDijkstra() {
        int[] p = pairs[nextIndex()];
        return jgraphtBidirectional.getPath(p[0], p[1]);
    }

    @Benchmark
    public PathResult pathwiseDisjointPair() {
        return computer.compute(snapshot, pair[nextIndex()]);
    }

    @Benchmark
    public PathResult pathwiseYen5() {
        return computer.compute(snapshot, yen[nextIndex()]);
    }

    @Benchmark
    public List<GraphPath<Integer, DefaultWeightedEdge>> jgraphtYen5() {
        int[] p = pairs[nextIndex()];
        return jgraphtYen.getPaths(p[0], p[1], 5);
    }
}
