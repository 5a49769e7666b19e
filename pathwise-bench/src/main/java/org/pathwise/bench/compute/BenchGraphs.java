package org.pathwise.bench.compute;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;

/** The benchmark inputs: Waxman topologies from the TED generator and fixed random query pairs. */
final class BenchGraphs {
    /** Requests reserve 5 Gbit/s: the generator's 1 Gbit/s links (10 %) are pruned. */
    static final double BANDWIDTH = 5e9 / 8;
    static final int QUERIES = 1024;

    private BenchGraphs() {
    }

    /** Waxman, {@code 2 x nodes} adjacencies (each two directed TE links), seed 1. */
    static TeSnapshot waxman(int nodes) {
        return TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, 1));
    }

    static int[][] pairs(TeSnapshot s, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] pairs = new int[QUERIES][];
        for (int i = 0; i < QUERIES; i++) {
            int a = r.nextInt(s.nodeCount());
            int b = (a + 1 + r.nextInt(s.nodeCount() - 1)) % s.nodeCount();
            pairs[i] = new int[] {a, b};
        }
        return pairs;
    }

    static PathRequest[] requests(TeSnapshot s, int[][] pairs, java.util.function.UnaryOperator<PathRequest.Builder> shape) {
        PathRequest[] out = new PathRequest[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            out[i] = shape.apply(PathRequest.between(s.node(pairs[i][0]).id(), s.node(pairs[i][1]).id())
                    .bandwidth(BANDWIDTH)).build();
        }
        return out;
    }

    /** JGraphT's view of the same links, already pruned by bandwidth (the most favourable setup for it). */
    static Graph<Integer, DefaultWeightedEdge> jgraphtPruned(TeSnapshot s) {
        Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < s.nodeCount(); v++) {
            g.addVertex(v);
        }
        for (int l = 0; l < s.linkCount(); l++) {
            if (s.unreservedBandwidth(l, 7) >= BANDWIDTH) {
                DefaultWeightedEdge e = g.addEdge(s.src(l), s.dst(l));
                g.setEdgeWeight(e, s.teMetric(l));
            }
        }
        return g;
    }
}
