package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;

/**
 * One test per constraint, each on a topology where ignoring the constraint gives a different
 * route, asserting the route returned and that it honours the constraint.
 *
 * <pre>
 *        B            A-B, B-D: te 1, igp 10, delay 100, bw 1000, admin group 0x1, A-B in SRLG 7
 *      /   \
 *     A     D         A-C, C-D: te 5, igp 1,  delay 500, bw 5000, admin groups 0x6 and 0x2
 *     |\   /|
 *     | C   |         A-E, E-F, F-D: te 3, igp 3, delay 10, bw 2000, extended admin group bit 70
 *     E --- F
 * </pre>
 * Cheapest by TE: A-B-D (2). By IGP: A-C-D (2). By delay: A-E-F-D (30).
 */
class ConstraintTest {
    static final TeSnapshot NET = Topo.create()
            .both(link("A", "B", 10, 1, 100, 1000, 0x1, 7).build())
            .both(link("B", "D", 10, 1, 100, 1000, 0x1, 0).build())
            .both(link("A", "C", 1, 5, 500, 5000, 0x6, 0).build())
            .both(link("C", "D", 1, 5, 500, 5000, 0x2, 0).build())
            .both(eag(link("A", "E", 3, 3, 10, 2000, 0, 0)))
            .both(eag(link("E", "F", 3, 3, 10, 2000, 0, 0)))
            .both(eag(link("F", "D", 3, 3, 10, 2000, 0, 0)))
            .link("X", "Y", 1)
            .build();

    private final PathComputer computer = new PathComputer();

    static Link.Builder link(String a, String b, long igp, long te, int delay, double bw, int ag, int srlg) {
        return Link.builder(a + "-" + b, a, b).igpMetric(igp).teMetric(te).delayMicros(delay)
                .maxBandwidth(bw).adminGroup(ag).srlgs(srlg == 0 ? new int[0] : new int[] {srlg});
    }

    static Link eag(Link.Builder b) {
        return b.extendedAdminGroup(0, 1L << 6).build();
    }

    static String route(TeSnapshot s, PathResult r) {
        assertThat(r).isInstanceOf(Found.class);
        return String.join(">", ((Found) r).first().nodeIds(s));
    }

    private String route(PathRequest.Builder b) {
        return route(NET, computer.compute(NET, b.build()));
    }

    private static PathRequest.Builder ad() {
        return PathRequest.between("A", "D");
    }

    @Test
    void unconstrainedBaselines() {
        assertThat(route(ad())).isEqualTo("A>B>D");
        assertThat(route(ad().minimise(MetricKind.IGP))).isEqualTo("A>C>D");
        assertThat(route(ad().minimise(MetricKind.DELAY))).isEqualTo("A>E>F>D");
    }

    @Test
    void bandwidthPrunesLinksWithoutEnoughUnreservedBandwidth() {
        assertThat(route(ad().bandwidth(1500))).isEqualTo("A>E>F>D");
        assertThat(route(ad().bandwidth(2500))).isEqualTo("A>C>D");
        assertThat(((Found) computer.compute(NET, ad().bandwidth(2500).build())).first().minUnreservedBandwidth())
                .isEqualTo(5000);
    }

    @Test
    void bandwidthIsCheckedAtTheSetupPriority() {
        // A-B and B-D: 2000 unreserved at priorities 0..3, 500 at 4..7 (lower-priority LSPs hold 1500).
        double[] unreserved = {2000, 2000, 2000, 2000, 500, 500, 500, 500};
        TeSnapshot s = NET.toBuilder()
                .setUnreservedBandwidth("A-B", unreserved).setUnreservedBandwidth("B-D", unreserved).build();
        assertThat(route(s, computer.compute(s, ad().bandwidth(1500).priorities(0, 0).build()))).isEqualTo("A>B>D");
        assertThat(route(s, computer.compute(s, ad().bandwidth(1500).priorities(7, 7).build()))).isEqualTo("A>E>F>D");
    }

    @Test
    void affinityExcludeAnyIncludeAnyIncludeAll() {
        assertThat(route(ad().affinity(Affinity.of(0x1, 0, 0)))).isEqualTo("A>E>F>D");
        assertThat(route(ad().affinity(Affinity.of(0, 0x2, 0)))).isEqualTo("A>C>D");
        assertThat(route(ad().affinity(Affinity.of(0, 0x3, 0)))).isEqualTo("A>B>D");
        assertThat(route(ad().affinity(Affinity.of(0, 0, 0x2)))).isEqualTo("A>C>D");
    }

    @Test
    void extendedAffinities() {
        long[] bit70 = {0, 1L << 6};
        assertThat(route(ad().affinity(new Affinity(0, 0, 0, null, bit70, null)))).isEqualTo("A>E>F>D");
        assertThat(route(ad().affinity(new Affinity(0, 0, 0, null, null, bit70)))).isEqualTo("A>E>F>D");
        assertThat(route(ad().minimise(MetricKind.DELAY).affinity(new Affinity(0, 0, 0, bit70, null, null))))
                .isEqualTo("A>B>D");
    }

    @Test
    void includeRouteLooseAndStrictNodesAndLinks() {
        assertThat(route(ad().include(RouteHop.looseNode("E")))).isEqualTo("A>E>F>D");
        assertThat(route(ad().include(RouteHop.strictNode("C")))).isEqualTo("A>C>D");
        assertThat(route(ad().include(RouteHop.looseLink("F-D")))).isEqualTo("A>E>F>D");
        assertThat(route(ad().include(RouteHop.strictNode("E")).include(RouteHop.strictLink("E-F"))))
                .isEqualTo("A>E>F>D");
        // Loose F then strict C: the only way is A-E-F-D... no: F's neighbours are E and D, so it fails.
        PathResult r = computer.compute(NET, ad().include(RouteHop.looseNode("F")).include(RouteHop.strictNode("C")).build());
        assertThat(r).isInstanceOf(PathResult.NoPath.class);
    }

    @Test
    void excludeRouteNodesLinksAndSrlgs() {
        assertThat(route(ad().exclude(Exclusion.node("B")))).isEqualTo("A>E>F>D");
        assertThat(route(ad().exclude(Exclusion.link("A-B")))).isEqualTo("A>E>F>D");
        assertThat(route(ad().exclude(Exclusion.link("B-A")))).isEqualTo("A>B>D");
        assertThat(route(ad().exclude(Exclusion.srlg(7)))).isEqualTo("A>E>F>D");
    }

    @Test
    void preferredExclusionsAreDroppedOnlyWhenThereIsNoOtherWay() {
        Found f = (Found) computer.compute(NET, ad().exclude(Exclusion.node("B").preferred()).build());
        assertThat(String.join(">", f.first().nodeIds(NET))).isEqualTo("A>E>F>D");
        assertThat(f.caveats()).isEmpty();
        f = (Found) computer.compute(NET, ad().exclude(Exclusion.node("B").preferred())
                .exclude(Exclusion.node("C")).exclude(Exclusion.node("E")).build());
        assertThat(String.join(">", f.first().nodeIds(NET))).isEqualTo("A>B>D");
        assertThat(f.caveats()).containsExactly(Caveat.PREFERRED_EXCLUSION_IGNORED);
    }

    @Test
    void existingReservationIsCreditedBackSoAnLspDoesNotCountItself() {
        assertThat(route(ad().bandwidth(1500))).isEqualTo("A>E>F>D");
        ExistingReservation mine = new ExistingReservation(Set.of("A-B", "B-D"), 600);
        assertThat(route(ad().bandwidth(1500).existing(mine))).isEqualTo("A>B>D");
        // Restoration (RFC 5521 fail bit): the failed LSP's surviving link A-B is reusable.
        ExistingReservation failed = new ExistingReservation(Set.of("A-B", "B-D"), 1000);
        assertThat(route(ad().bandwidth(1800).failBit(true).existing(failed).exclude(Exclusion.link("B-D"))))
                .isEqualTo("A>E>F>D");
        assertThat(route(PathRequest.between("A", "B").bandwidth(1800).failBit(true).existing(failed)))
                .isEqualTo("A>B");
    }

    @Test
    void boundsWhereTheCheapestPathViolatesAndALongerOneFits() {
        assertThat(route(ad().bound(MetricKind.IGP, 10))).isEqualTo("A>E>F>D");
        assertThat(route(ad().bound(MetricKind.IGP, 5))).isEqualTo("A>C>D");
        assertThat(route(ad().bound(MetricKind.DELAY, 150))).isEqualTo("A>E>F>D");
        assertThat(route(ad().minimise(MetricKind.DELAY).bound(MetricKind.TE, 8))).isEqualTo("A>B>D");
    }

    @Test
    void hopLimitWhereTheCheapestPathIsTooLong() {
        assertThat(route(ad().minimise(MetricKind.DELAY).maxHops(2))).isEqualTo("A>B>D");
        assertThat(route(ad().minimise(MetricKind.DELAY).bound(MetricKind.HOPS, 2))).isEqualTo("A>B>D");
    }

    @Test
    void severalBoundsAtOnce() {
        // IGP <= 10 rules out A-B-D, hops <= 2 rules out A-E-F-D: only A-C-D meets both.
        Found f = (Found) computer.compute(NET, ad().bound(MetricKind.IGP, 10).maxHops(2).build());
        assertThat(String.join(">", f.first().nodeIds(NET))).isEqualTo("A>C>D");
        assertThat(f.first().igpMetric()).isLessThanOrEqualTo(10);
        assertThat(f.first().hopCount()).isLessThanOrEqualTo(2);
        // Adding delay <= 900 leaves nothing.
        PathResult.NoPath none = (PathResult.NoPath) computer.compute(NET,
                ad().bound(MetricKind.IGP, 10).maxHops(2).bound(MetricKind.DELAY, 900).build());
        assertThat(none.reason()).isEqualTo(NoPathReason.BOUND_EXCEEDED);
        assertThat(none.unsatisfied()).contains(ConstraintKind.IGP_BOUND, ConstraintKind.HOP_LIMIT,
                ConstraintKind.DELAY_BOUND);
    }

    @Test
    void objectiveFunctionsPickTheirOwnPath() {
        assertThat(route(ad().objectiveFunction(ObjectiveFunction.MCP))).isEqualTo("A>B>D");
        assertThat(route(ad().objectiveFunction(ObjectiveFunction.MBP))).isEqualTo("A>C>D");
        PathResult mbc = computer.compute(NET, ad().minimise(MetricKind.DELAY).objectiveFunction(ObjectiveFunction.MBC).build());
        assertThat(((Found) mbc).first().hopCount()).isEqualTo(2);
        assertThat(ObjectiveFunction.fromCode(2)).isEqualTo(ObjectiveFunction.MLP);
        assertThat(ObjectiveFunction.fromCode(99)).isNull();
    }

    @Test
    void minimumLoadDiffersFromMaximumResidualBandwidth() {
        // S-P-T: 5000 free of 10000 (load 0.5). S-Q-T: 3000 free of 3000 (load 0). P is cheaper.
        TeSnapshot s = Topo.create()
                .both(Link.builder("S-P", "S", "P").teMetric(1).maxBandwidth(10000)
                        .unreservedBandwidth(5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000).build())
                .both(Link.builder("P-T", "P", "T").teMetric(1).maxBandwidth(10000)
                        .unreservedBandwidth(5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000).build())
                .both(Link.builder("S-Q", "S", "Q").teMetric(5).maxBandwidth(3000).build())
                .both(Link.builder("Q-T", "Q", "T").teMetric(5).maxBandwidth(3000).build())
                .build();
        PathRequest.Builder st = PathRequest.between("S", "T").bandwidth(1000);
        assertThat(route(s, computer.compute(s, st.objectiveFunction(ObjectiveFunction.MBP).build()))).isEqualTo("S>P>T");
        assertThat(route(s, computer.compute(s, st.objectiveFunction(ObjectiveFunction.MLP).build()))).isEqualTo("S>Q>T");
        assertThat(route(s, computer.compute(s, st.objectiveFunction(ObjectiveFunction.MLL).build()))).isEqualTo("S>Q>T");
    }

    @Test
    void widestShortestBreaksCostTiesByBandwidth() {
        TeSnapshot s = Topo.create()
                .link("S", "P", 1, 1, 0, 100).link("P", "T", 1, 1, 0, 100)
                .link("S", "Q", 1, 1, 0, 900).link("Q", "T", 1, 1, 0, 900)
                .link("S", "R", 1, 1, 0, 5000).link("R", "T", 5, 5, 0, 5000)
                .build();
        PathResult r = computer.compute(s, PathRequest.between("S", "T").objective(Objective.WIDEST_SHORTEST).build());
        assertThat(route(s, r)).isEqualTo("S>Q>T");
        r = computer.compute(s, PathRequest.between("S", "T").objective(Objective.SHORTEST_WIDEST).build());
        assertThat(route(s, r)).isEqualTo("S>R>T");
        r = computer.compute(s, PathRequest.between("S", "T").objective(Objective.WIDEST_SHORTEST)
                .bound(MetricKind.HOPS, 2).build());
        assertThat(route(s, r)).isEqualTo("S>Q>T");
    }

    @Test
    void kShortestUnderABandwidthConstraint() {
        Found f = (Found) computer.compute(NET, ad().paths(3).build());
        assertThat(f.paths()).extracting(Path::teMetric).containsExactly(2L, 9L, 10L);
        f = (Found) computer.compute(NET, ad().paths(3).bandwidth(1500).build());
        assertThat(f.paths()).extracting(Path::teMetric).containsExactly(9L, 10L);
        assertThat(f.caveats()).containsExactly(Caveat.FEWER_PATHS_THAN_REQUESTED);
    }
}
