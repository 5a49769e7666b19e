package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BhandariKDisjointShortestPaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.TopologyFiles;

/**
 * Every topology in ../shared/data (SNDlib, Topology Zoo, Net2Plan) against JGraphT: plain and
 * bandwidth-pruned shortest paths, Yen k=4, and link-/node-disjoint pairs (on topologies without
 * parallel links, which JGraphT's disjoint-path code cannot represent). Skipped loudly when the
 * data folder is absent; override its location with -Dpathwise.shared.data.
 */
class SharedDataCrossCheckTest {
    private final PathComputer computer = new PathComputer();

    static java.nio.file.Path dataDir() {
        String override = System.getProperty("pathwise.shared.data");
        if (override != null) {
            return java.nio.file.Path.of(override);
        }
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        for (java.nio.file.Path p = here; p != null; p = p.getParent()) {
            java.nio.file.Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolveSibling("shared").resolve("data");
    }

    @Test
    void everySharedTopologyAgreesWithJGraphT() throws IOException {
        java.nio.file.Path dir = dataDir();
        if (!Files.isDirectory(dir)) {
            System.err.println("SKIPPED: shared topology data not found at " + dir + " (set -Dpathwise.shared.data)");
        }
        assumeTrue(Files.isDirectory(dir), "shared topology data not found at " + dir + "; set -Dpathwise.shared.data");
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(txt|gml|graphml|n2p)$") && !f.getFileName().toString().startsWith("SOURCES"))
                    .sorted().toList();
        }
        int loaded = 0;
        int disjointChecked = 0;
        List<String> unreadable = new ArrayList<>();
        for (java.nio.file.Path f : files) {
            TeSnapshot s;
            try {
                s = TopologyFiles.load(f);
            } catch (TopologyException | IllegalArgumentException e) {
                unreadable.add(f.getFileName() + ": " + e.getMessage());
                continue;
            }
            if (s.nodeCount() < 2 || s.linkCount() == 0) {
                continue;
            }
            loaded++;
            boolean simple = !hasParallelLinks(s);
            Random r = new Random(f.getFileName().toString().hashCode());
            for (int i = 0; i < 4; i++) {
                int src = r.nextInt(s.nodeCount());
                int dst = r.nextInt(s.nodeCount());
                if (src == dst) {
                    continue;
                }
                String ctx = f.getFileName() + " " + Topo.id(s, src) + "->" + Topo.id(s, dst);
                checkShortest(s, src, dst, 0, ctx);
                double bw = s.unreservedBandwidth(r.nextInt(s.linkCount()), 7);
                checkShortest(s, src, dst, bw, ctx + " bw=" + bw);
                checkYen(s, src, dst, ctx);
                if (simple) {
                    checkLinkDisjoint(s, src, dst, ctx);
                    disjointChecked++;
                }
            }
        }
        System.out.printf("shared data: %d topologies checked (%d disjoint pair checks), %d unreadable: %s%n",
                loaded, disjointChecked, unreadable.size(), unreadable);
        assertThat(loaded).isGreaterThan(250);
    }

    private void checkShortest(TeSnapshot s, int src, int dst, double bw, String ctx) {
        GraphPath<Integer, Topo.LinkEdge> expected = DijkstraShortestPath.findPathBetween(
                Topo.jgrapht(s, MetricKind.TE, l -> bw <= 0 || s.unreservedBandwidth(l, 7) >= bw), src, dst);
        PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst)).bandwidth(bw).build());
        if (expected == null) {
            assertThat(got).as(ctx).isInstanceOf(NoPath.class);
        } else {
            Path p = ((Found) got).first();
            assertThat((double) p.teMetric()).as(ctx).isEqualTo(expected.getWeight());
            JGraphTCrossCheckTest.assertValid(s, p, src, dst);
        }
    }

    private void checkYen(TeSnapshot s, int src, int dst, String ctx) {
        List<GraphPath<Integer, Topo.LinkEdge>> expected =
                new YenKShortestPath<>(Topo.jgrapht(s, MetricKind.TE, l -> true)).getPaths(src, dst, 4);
        PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst)).paths(4).build());
        if (expected.isEmpty()) {
            assertThat(got).as(ctx).isInstanceOf(NoPath.class);
            return;
        }
        assertThat(((Found) got).paths().stream().map(p -> (double) p.teMetric()).toList()).as(ctx)
                .isEqualTo(expected.stream().map(GraphPath::getWeight).toList());
    }

    private void checkLinkDisjoint(TeSnapshot s, int src, int dst, String ctx) {
        List<GraphPath<Integer, Topo.LinkEdge>> expected = new BhandariKDisjointShortestPaths<>(
                Topo.jgrapht(s, MetricKind.TE, l -> true)).getPaths(src, dst, 2);
        PathResult got = computer.compute(s, PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                .disjoint(Diversity.Disjointness.LINK, Diversity.PairObjective.MIN_TOTAL).build());
        if (expected.isEmpty()) {
            assertThat(got).as(ctx).isInstanceOf(NoPath.class);
            return;
        }
        Found f = (Found) got;
        if (expected.size() == 2) {
            assertThat(f.caveats()).as(ctx).doesNotContain(Caveat.NOT_FULLY_DISJOINT);
            assertThat((double) (f.paths().get(0).teMetric() + f.paths().get(1).teMetric())).as(ctx)
                    .isEqualTo(expected.get(0).getWeight() + expected.get(1).getWeight());
        } else {
            assertThat(f.caveats()).as(ctx).contains(Caveat.NOT_FULLY_DISJOINT);
        }
    }

    private static boolean hasParallelLinks(TeSnapshot s) {
        Set<Long> seen = new HashSet<>();
        for (int l = 0; l < s.linkCount(); l++) {
            if (!seen.add(((long) s.src(l) << 32) | s.dst(l))) {
                return true;
            }
        }
        return false;
    }
}
