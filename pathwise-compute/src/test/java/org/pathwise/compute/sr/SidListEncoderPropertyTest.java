package org.pathwise.compute.sr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;

/**
 * Random topologies full of IGP ties (metrics 1..2, sometimes 0, parallel links), random loop-free paths, random
 * SID coverage and MSDs: every SID list the encoder returns, forwarded along every ECMP branch by
 * an independent model, reproduces the path link by link, fits the MSD and is as short as the
 * brute-force minimum; every failure is confirmed by the brute force.
 */
class SidListEncoderPropertyTest {
    private final SidListEncoder encoder = new SidListEncoder();

    @Property(tries = 500)
    void sidListReproducesThePathAndIsMinimal(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int msd) {
        Random rnd = new Random(seed);
        TeSnapshot s = randomTopology(rnd);
        Path p = randomPath(s, rnd);
        if (p == null) {
            return;
        }
        MplsForwardingOracle oracle = new MplsForwardingOracle(s);
        int minimum = bruteForceMinimum(s, oracle, p);
        SrEncoding e = encoder.encode(s, p, msd);
        Statistics.collect(e instanceof SrEncoding.Failed f ? f.noPath().reason().name()
                : minimum < p.hopCount() ? "encoded, compressed" : "encoded, one SID per hop");
        switch (e) {
            case SrEncoding.Encoded enc -> {
                assertThat(enc.depth()).isLessThanOrEqualTo(msd).isEqualTo(minimum);
                assertThat(oracle.forward(p.source(), enc.labels(), 4 * s.linkCount()))
                        .containsExactly(Arrays.stream(p.links()).boxed().toList());
                int covered = 0;
                for (Sid sid : enc.sids()) {
                    assertThat(sid.fromHop()).isEqualTo(covered);
                    covered = sid.toHop();
                }
                assertThat(covered).isEqualTo(p.hopCount());
            }
            case SrEncoding.Failed f -> {
                if (minimum == Integer.MAX_VALUE) {
                    assertThat(f.noPath().reason()).isEqualTo(NoPathReason.SR_SID_UNAVAILABLE);
                } else {
                    assertThat(f.noPath().reason()).isEqualTo(NoPathReason.SR_MSD_EXCEEDED);
                    assertThat(minimum).isGreaterThan(msd);
                }
            }
        }
    }

    static TeSnapshot randomTopology(Random rnd) {
        SrNet net = new SrNet();
        int n = 3 + rnd.nextInt(6);
        for (int v = 0; v < n; v++) {
            int draw = rnd.nextInt(10);
            if (draw == 0) {
                net.node("n" + v, 16000, 8000, -1);                  // no node SID
            } else if (draw == 1) {
                net.node("n" + v, 17000, 100, v + 1);                // another SRGB
            } else if (draw == 2) {
                net.node("n" + v, 16000, v + 2, v + 1);              // an SRGB too narrow for later nodes
            } else {
                net.node("n" + v, 16000, 8000, v + 1);
            }
        }
        int linkId = 0;
        int adj = 24000;
        boolean zeroMetrics = rnd.nextInt(6) == 0; // IGP metric 0 breaks Dijkstra's settle order: the exact fallback
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int copies = rnd.nextInt(10) < 4 ? 1 + (rnd.nextInt(6) == 0 ? 1 : 0) : 0;
                for (int c = 0; c < copies; c++) {
                    long igp = zeroMetrics && rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(2);
                    net.link("l" + linkId++, "n" + a, "n" + b, igp, rnd.nextBoolean() ? adj++ : -1);
                    net.link("l" + linkId++, "n" + b, "n" + a, rnd.nextInt(5) == 0 ? igp + 1 : igp,
                            rnd.nextBoolean() ? adj++ : -1);
                }
            }
        }
        return net.build();
    }

    /** A random loop-free walk of at least one link, or null if the source has no out-link. */
    static Path randomPath(TeSnapshot s, Random rnd) {
        int at = rnd.nextInt(s.nodeCount());
        boolean[] seen = new boolean[s.nodeCount()];
        seen[at] = true;
        List<Integer> links = new ArrayList<>();
        int length = 1 + rnd.nextInt(s.nodeCount());
        while (links.size() < length) {
            List<Integer> options = new ArrayList<>();
            for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
                if (!seen[s.dst(s.outLink(i))]) {
                    options.add(s.outLink(i));
                }
            }
            if (options.isEmpty()) {
                break;
            }
            int l = options.get(rnd.nextInt(options.size()));
            links.add(l);
            at = s.dst(l);
            seen[at] = true;
        }
        return links.isEmpty() ? null : SrNet.path(s, links);
    }

    /**
     * Fewest SIDs by breadth-first search over path positions, where a node SID from i to j is safe
     * when enumerating every IGP shortest walk from node i to node j finds exactly the sub-path.
     */
    static int bruteForceMinimum(TeSnapshot s, MplsForwardingOracle oracle, Path p) {
        int k = p.hopCount();
        int[] best = new int[k + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < k; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            if (s.adjacencySidLabel(p.link(i)) >= 0) {
                best[i + 1] = Math.min(best[i + 1], best[i] + 1);
            }
            for (int j = i + 1; j <= k; j++) {
                SrNodeInfo target = s.node(p.node(j)).sr();
                if (target == null || target.nodeSidLabel() < 0 || !srgbsHold(s, p, i, j, target.nodeSidIndex())) {
                    continue;
                }
                List<List<Integer>> walks = new ArrayList<>();
                shortestWalks(s, oracle, p.node(i), p.node(j), new ArrayList<>(), walks);
                List<Integer> sub = new ArrayList<>();
                for (int h = i; h < j; h++) {
                    sub.add(p.link(h));
                }
                if (walks.size() == 1 && walks.get(0).equals(sub)) {
                    best[j] = Math.min(best[j], best[i] + 1);
                }
            }
        }
        return best[k];
    }

    private static boolean srgbsHold(TeSnapshot s, Path p, int i, int j, int index) {
        for (int h = i; h < j; h++) {
            SrNodeInfo sr = s.node(p.node(h)).sr();
            if (sr == null || sr.srgbRange() <= index) {
                return false;
            }
        }
        return true;
    }

    private static void shortestWalks(TeSnapshot s, MplsForwardingOracle o, int at, int to, List<Integer> walk,
                                      List<List<Integer>> out) {
        if (out.size() > 1) {
            return;
        }
        if (walk.size() > s.nodeCount()) {
            out.add(List.of(-1)); // a zero-metric cycle: infinitely many shortest walks
            out.add(List.of(-2));
            return;
        }
        if (at == to) {
            out.add(List.copyOf(walk));
            return;
        }
        for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
            int l = s.outLink(i);
            if (s.igpMetric(l) + o.dist[s.dst(l)][to] == o.dist[at][to]) {
                walk.add(l);
                shortestWalks(s, o, s.dst(l), to, walk, out);
                walk.remove(walk.size() - 1);
            }
        }
    }
}
