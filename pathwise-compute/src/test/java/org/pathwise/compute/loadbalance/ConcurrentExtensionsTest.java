package org.pathwise.compute.loadbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.optical.RwaRequest;
import org.pathwise.compute.optical.WavelengthPolicy;
import org.pathwise.compute.optical.WavelengthRouter;
import org.pathwise.compute.p2mp.P2mpRequest;
import org.pathwise.compute.p2mp.P2mpTreeComputer;
import org.pathwise.compute.p2mp.TreeObjective;
import org.pathwise.compute.sr.SrPathComputer;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;

/**
 * The four extension algorithms share one instance each across threads (per-thread workspaces):
 * answers computed by four threads at once, interleaved, equal the single-threaded answers.
 */
class ConcurrentExtensionsTest {
    private static final TeSnapshot NET = TopologyGenerator.generate(
            GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, 60, 7).withWavelengths(16));
    private static final double GBPS = 1e9 / 8;

    private final SrPathComputer sr = new SrPathComputer(new PathComputer());
    private final LoadBalancer lb = new LoadBalancer();
    private final P2mpTreeComputer trees = new P2mpTreeComputer();
    private final WavelengthRouter rwa = new WavelengthRouter();

    private Object query(int i) {
        String a = "N" + (i * 7 % 60);
        String b = "N" + ((i * 13 + 5) % 60);
        if (a.equals(b)) {
            b = "N" + ((i * 13 + 6) % 60);
        }
        PathRequest request = PathRequest.between(a, b).bandwidth((i % 5) * 2 * GBPS).build();
        return switch (i % 4) {
            case 0 -> sr.compute(NET, request, 1 + i % 4, 3);
            case 1 -> lb.compute(NET, new LoadBalanceRequest(
                    PathRequest.between(a, b).bandwidth((20 + i % 50) * GBPS).build(), 4, GBPS));
            case 2 -> trees.compute(NET, new P2mpRequest(request, List.of(b, "N" + (i % 60), "N" + ((i + 30) % 60)),
                    i % 8 == 2 ? TreeObjective.MIN_COST_TREE : TreeObjective.SHORTEST_PATH_TREE));
            default -> rwa.compute(NET, new RwaRequest(PathRequest.between(a, b).maxHops(3 + i % 5).build(),
                    WavelengthPolicy.values()[i % 3], i));
        };
    }

    @Test
    void manyThreadsGetTheSingleThreadedAnswers() throws Exception {
        int queries = 400;
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            expected.add(query(i));
        }
        assertThat(expected).as("every algorithm answers some queries positively")
                .anyMatch(r -> r instanceof org.pathwise.compute.sr.SrEncoding.Encoded)
                .anyMatch(r -> r instanceof LoadBalanceResult.Split s && s.shares().size() > 1)
                .anyMatch(r -> r instanceof org.pathwise.compute.p2mp.P2mpResult.Tree)
                .anyMatch(r -> r instanceof org.pathwise.compute.optical.RwaResult.Assigned);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 37;
                IntFunction<Integer> at = k -> (k + offset) % queries;
                futures.add(pool.submit(() -> {
                    List<Object> got = new ArrayList<>(java.util.Collections.nCopies(queries, null));
                    for (int k = 0; k < queries; k++) {
                        got.set(at.apply(k), query(at.apply(k)));
                    }
                    return got;
                }));
            }
            for (Future<List<Object>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
