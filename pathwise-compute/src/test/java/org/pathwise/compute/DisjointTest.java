package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.compute.Diversity.Disjointness;
import org.pathwise.compute.Diversity.PairObjective;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;

/** Disjoint pairs on topologies where "shortest path, then remove it and retry" fails. */
class DisjointTest {
    private final PathComputer computer = new PathComputer();

    private static String route(TeSnapshot s, Path p) {
        return String.join(">", p.nodeIds(s));
    }

    @Test
    void trapTopologyNeedsSuurballeNotRemoveAndRetry() {
        // Shortest S-A-B-T (3) leaves no partner; the only disjoint pair is S-A-T + S-B-T (4 + 4).
        TeSnapshot s = Topo.create().link("S", "A", 1).link("A", "B", 1).link("B", "T", 1)
                .link("S", "B", 3).link("A", "T", 3).build();
        for (PairObjective objective : PairObjective.values()) {
            Found f = (Found) computer.compute(s, PathRequest.between("S", "T").disjoint(Disjointness.LINK, objective).build());
            assertThat(f.caveats()).isEmpty();
            assertThat(f.paths()).extracting(p -> route(s, p)).containsExactlyInAnyOrder("S>A>T", "S>B>T");
        }
    }

    @Test
    void minimumPrimaryAndMinimumTotalDiffer() {
        // Pairs: {S-A-T (2), S-C-D-E-T (40)} total 42 vs {S-B-T (5), S-F-T (6)} total 11.
        TeSnapshot s = Topo.create().link("S", "A", 1).link("A", "T", 1)
                .link("S", "C", 10).link("C", "D", 10).link("D", "E", 10).link("E", "T", 10)
                .link("S", "B", 2).link("B", "T", 3).link("S", "F", 3).link("F", "T", 3)
                .link("A", "B", 100).build();
        Found total = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.NODE, PairObjective.MIN_TOTAL).build());
        Found primary = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.NODE, PairObjective.MIN_PRIMARY).build());
        assertThat(total.paths()).extracting(Path::teMetric).containsExactly(2L, 5L);
        assertThat(primary.paths()).extracting(Path::teMetric).containsExactly(2L, 5L);
        // Block B-T so the cheap pair must use C-D-E: min-total prefers S-B... no, now compare.
        TeSnapshot s2 = s.toBuilder().removeLink("B-T").removeLink("T-B").build();
        Found total2 = (Found) computer.compute(s2, PathRequest.between("S", "T")
                .disjoint(Disjointness.NODE, PairObjective.MIN_TOTAL).build());
        assertThat(total2.paths()).extracting(Path::teMetric).containsExactly(2L, 6L);
    }

    @Test
    void bridgeGivesTheMaximallyDisjointPairFlagged() {
        // S-M is a bridge: no link-disjoint pair exists; share only S-M and split afterwards.
        TeSnapshot s = Topo.create().link("S", "M", 1).link("M", "X", 1).link("X", "T", 1)
                .link("M", "Y", 2).link("Y", "T", 2).build();
        Found f = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.LINK, PairObjective.MIN_TOTAL).build());
        assertThat(f.caveats()).containsExactly(Caveat.NOT_FULLY_DISJOINT);
        assertThat(f.sharing().links()).isEqualTo(1);
        assertThat(f.paths()).extracting(p -> route(s, p)).containsExactly("S>M>X>T", "S>M>Y>T");
        Found n = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.NODE, PairObjective.MIN_TOTAL).build());
        assertThat(n.caveats()).containsExactly(Caveat.NOT_FULLY_DISJOINT);
        assertThat(n.sharing().nodes()).isEqualTo(1);
    }

    @Test
    void srlgDisjointAvoidsALinkDisjointPairThatSharesARisk() {
        // S-A-T and S-B-T are link-disjoint but S-A and B-T share SRLG 5 (one conduit).
        TeSnapshot s = Topo.create()
                .link("S", "A", 1, 1, 0, 1e9, 0, new int[] {5}).link("A", "T", 1)
                .link("S", "B", 1).link("B", "T", 1, 1, 0, 1e9, 0, new int[] {5})
                .link("S", "C", 4).link("C", "T", 4).build();
        Found link = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.LINK, PairObjective.MIN_TOTAL).build());
        assertThat(link.sharing().srlgs()).isEqualTo(1);
        Found srlg = (Found) computer.compute(s, PathRequest.between("S", "T")
                .disjoint(Disjointness.SRLG, PairObjective.MIN_TOTAL).build());
        assertThat(srlg.caveats()).isEmpty();
        assertThat(srlg.sharing().srlgs()).isZero();
        assertThat(srlg.paths().get(1).nodeIds(s)).contains("C");
    }

    @Test
    void pairHonoursBandwidthAndBounds() {
        TeSnapshot s = Topo.create().link("S", "A", 1).link("A", "T", 1)
                .link("S", "B", 1, 1, 0, 100).link("B", "T", 1)
                .link("S", "C", 3).link("C", "T", 3)
                .link("S", "D", 1).link("D", "E", 1).link("E", "T", 1).build();
        Found f = (Found) computer.compute(s, PathRequest.between("S", "T").bandwidth(500).maxHops(2)
                .disjoint(Disjointness.LINK, PairObjective.MIN_TOTAL).build());
        assertThat(f.paths()).extracting(p -> route(s, p)).containsExactly("S>A>T", "S>C>T");
        Link l = s.link(s.linkIndex("S-B"));
        assertThat(l.maxBandwidth()).isEqualTo(100);
    }
}
