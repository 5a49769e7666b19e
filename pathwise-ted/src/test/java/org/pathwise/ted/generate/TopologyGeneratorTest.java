package org.pathwise.ted.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec.Model;

class TopologyGeneratorTest {

    @ParameterizedTest
    @EnumSource(Model.class)
    void sameSeedSameTopologyOtherSeedOtherTopology(Model model) {
        GeneratorSpec spec = GeneratorSpec.of(model, 60, 42).withLinks(120).withWavelengths(40);
        TeSnapshot a = TopologyGenerator.generate(spec);
        TeSnapshot b = TopologyGenerator.generate(spec);
        TeSnapshot c = TopologyGenerator.generate(new GeneratorSpec(model, 60, 120, 43, 40));
        assertThat(a.links()).isEqualTo(b.links());
        assertThat(a.nodes()).isEqualTo(b.nodes());
        assertThat(c.links()).isNotEqualTo(a.links());
    }

    @Property(tries = 60)
    void connectedWithExactlyTheRequestedLinks(@ForAll Model model, @ForAll @IntRange(min = 3, max = 120) int nodes,
                                               @ForAll @IntRange(min = 0, max = 300) int extra, @ForAll long seed) {
        int natural = switch (model) {
            case RING -> nodes;
            case GRID -> gridLinks(nodes);
            case WAXMAN, BA -> nodes - 1;
        };
        int links = (int) Math.min((long) nodes * (nodes - 1) / 2, natural + extra);
        TeSnapshot s = TopologyGenerator.generate(GeneratorSpec.of(model, nodes, seed).withLinks(links));
        assertThat(s.nodeCount()).isEqualTo(nodes);
        assertThat(s.linkCount()).isEqualTo(2 * links);
        assertThat(reachableFrom0(s)).isEqualTo(nodes);
        Set<Long> pairs = new HashSet<>();
        for (int l = 0; l < s.linkCount(); l++) {
            assertThat(s.reverse(l)).isNotNegative();
            assertThat(s.src(l)).isNotEqualTo(s.dst(l));
            assertThat(pairs.add((long) s.src(l) << 32 | s.dst(l))).as("no parallel links").isTrue();
        }
    }

    @Test
    void defaultsGiveTheModelsNaturalSize() {
        assertThat(TopologyGenerator.generate(GeneratorSpec.of(Model.WAXMAN, 200, 1)).linkCount()).isEqualTo(2 * 400);
        assertThat(TopologyGenerator.generate(GeneratorSpec.of(Model.BA, 200, 1)).linkCount()).isEqualTo(2 * 400);
        assertThat(TopologyGenerator.generate(GeneratorSpec.of(Model.RING, 10, 1)).linkCount()).isEqualTo(2 * 10);
        // 10 nodes in rows of 4: 4+4+2; horizontal 3+3+1, vertical 4+2.
        assertThat(TopologyGenerator.generate(GeneratorSpec.of(Model.GRID, 10, 1)).linkCount()).isEqualTo(2 * 13);
        assertThat(TopologyGenerator.generate(GeneratorSpec.of(Model.WAXMAN, 200, 1).withAverageDegree(5)).linkCount())
                .isEqualTo(2 * 500);
    }

    @Test
    void attributesAreRealistic() {
        TeSnapshot s = TopologyGenerator.generate(GeneratorSpec.of(Model.WAXMAN, 300, 5).withWavelengths(80));
        Set<Double> bandwidths = new HashSet<>();
        int withSrlg = 0;
        int withAdminGroup = 0;
        for (int l = 0; l < s.linkCount(); l++) {
            bandwidths.add(s.maxBandwidth(l) * 8 / 1e9);
            withSrlg += s.srlgCount(l) > 0 ? 1 : 0;
            withAdminGroup += s.adminGroup(l) != 0 ? 1 : 0;
            assertThat(s.delayMicros(l)).isPositive();
            assertThat(s.igpMetric(l)).isPositive();
            assertThat(s.adjacencySidLabel(l)).isGreaterThanOrEqualTo(24000);
            assertThat(s.wavelengthCount(l)).isEqualTo(80);
            assertThat(s.unreservedBandwidth(l, 7)).isEqualTo(s.maxBandwidth(l));
            // delay is 5 µs per km of the IGP metric (which is the length in km)
            assertThat(Math.abs(s.delayMicros(l) - 5 * s.igpMetric(l))).isLessThanOrEqualTo(3);
        }
        assertThat(bandwidths).containsExactlyInAnyOrder(1.0, 10.0, 40.0, 100.0);
        assertThat(withSrlg).isBetween(s.linkCount() / 5, s.linkCount() / 2);
        assertThat(withAdminGroup).isBetween(s.linkCount() / 5, s.linkCount() * 3 / 4);
        assertThat(s.node(7).sr().nodeSidLabel()).isEqualTo(16007);
        assertThat(s.node(7).routerId().getHostAddress()).isEqualTo("10.0.0.8");
        assertThat(s.nodeIndexByAddress(s.link(0).localAddress())).isEqualTo(s.src(0));
    }

    @Test
    void largeTopologiesWidenTheSrgb() {
        TeSnapshot s = TopologyGenerator.generate(GeneratorSpec.of(Model.BA, 9_500, 3));
        assertThat(s.node(9_499).sr().srgbRange()).isEqualTo(10_000);
        assertThat(s.node(9_499).sr().nodeSidLabel()).isEqualTo(16000 + 9_499);
        assertThat(s.adjacencySidLabel(0)).isGreaterThanOrEqualTo(26_000);
    }

    @Test
    void impossibleRequestsSayWhy() {
        assertThatThrownBy(() -> GeneratorSpec.of(Model.WAXMAN, 10, 1).withLinks(5))
                .hasMessage("--links must be between 9 (a tree: the topology must be connected) and 45 (every pair linked) for 10 nodes (got 5)");
        assertThatThrownBy(() -> TopologyGenerator.generate(GeneratorSpec.of(Model.RING, 10, 1).withLinks(9)))
                .hasMessage("a 10-node ring has 10 links; --links must be at least that (extra links are added as chords)");
        assertThatThrownBy(() -> GeneratorSpec.of(Model.BA, 2, 1)).hasMessage("--nodes must be between 3 and 4194304 (got 2)");
    }

    private static int gridLinks(int n) {
        int cols = (int) Math.ceil(Math.sqrt(n));
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += ((i + 1) % cols != 0 && i + 1 < n ? 1 : 0) + (i + cols < n ? 1 : 0);
        }
        return count;
    }

    static int reachableFrom0(TeSnapshot s) {
        boolean[] seen = new boolean[s.nodeCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int i = s.outStart(u); i < s.outStart(u + 1); i++) {
                int v = s.dst(s.outLink(i));
                if (!seen[v]) {
                    seen[v] = true;
                    count++;
                    queue.add(v);
                }
            }
        }
        return count;
    }
}
