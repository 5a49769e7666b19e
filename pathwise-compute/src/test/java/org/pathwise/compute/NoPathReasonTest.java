package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.TeSnapshot;

/** Every NoPathReason, each from a request that produces exactly it (on ConstraintTest's network). */
class NoPathReasonTest {
    private static final TeSnapshot NET = ConstraintTest.NET;
    private final PathComputer computer = new PathComputer();

    private NoPath noPath(PathRequest.Builder b) {
        PathResult r = computer.compute(NET, b.build());
        assertThat(r).isInstanceOf(NoPath.class);
        return (NoPath) r;
    }

    private static PathRequest.Builder ad() {
        return PathRequest.between("A", "D");
    }

    @Test
    void unknownEndpointsAndSameEndpoints() {
        assertThat(noPath(PathRequest.between("Q", "D")).reason()).isEqualTo(NoPathReason.SOURCE_UNKNOWN);
        assertThat(noPath(PathRequest.between("A", "Q")).reason()).isEqualTo(NoPathReason.DESTINATION_UNKNOWN);
        assertThat(noPath(PathRequest.between("A", "A")).reason()).isEqualTo(NoPathReason.SAME_ENDPOINTS);
        assertThat(noPath(ad().exclude(Exclusion.node("D"))).reason()).isEqualTo(NoPathReason.ENDPOINT_EXCLUDED);
        NoPath unknownHop = noPath(ad().include(RouteHop.looseNode("Q")));
        assertThat(unknownHop.reason()).isEqualTo(NoPathReason.INCLUDE_ROUTE_UNKNOWN_HOP);
        assertThat(unknownHop.detail()).contains("'Q'");
    }

    @Test
    void noRouteAtAll() {
        NoPath np = noPath(PathRequest.between("A", "X"));
        assertThat(np.reason()).isEqualTo(NoPathReason.NO_ROUTE);
        assertThat(np.unsatisfied()).isEmpty();
    }

    @Test
    void eachConstraintFamilyNamedWhenItIsTheCause() {
        NoPath excl = noPath(ad().exclude(Exclusion.node("B")).exclude(Exclusion.node("C")).exclude(Exclusion.node("E")));
        assertThat(excl.reason()).isEqualTo(NoPathReason.EXCLUSIONS_DISCONNECT);
        assertThat(excl.unsatisfied()).containsExactly(ConstraintKind.EXCLUSION);

        NoPath aff = noPath(ad().affinity(Affinity.of(0, 0, 0x6)));
        assertThat(aff.reason()).isEqualTo(NoPathReason.AFFINITY_UNSATISFIED);
        assertThat(aff.unsatisfied()).containsExactly(ConstraintKind.AFFINITY);

        NoPath bw = noPath(ad().bandwidth(6000));
        assertThat(bw.reason()).isEqualTo(NoPathReason.BANDWIDTH_UNAVAILABLE);
        assertThat(bw.unsatisfied()).containsExactly(ConstraintKind.BANDWIDTH);

        NoPath iro = noPath(ad().include(RouteHop.strictNode("F")));
        assertThat(iro.reason()).isEqualTo(NoPathReason.INCLUDE_ROUTE_UNREACHABLE);
        assertThat(iro.unsatisfied()).containsExactly(ConstraintKind.INCLUDE_ROUTE);

        NoPath hops = noPath(ad().maxHops(1));
        assertThat(hops.reason()).isEqualTo(NoPathReason.HOP_LIMIT_EXCEEDED);
        assertThat(hops.unsatisfied()).containsExactly(ConstraintKind.HOP_LIMIT);

        NoPath delay = noPath(ad().bound(MetricKind.DELAY, 29));
        assertThat(delay.reason()).isEqualTo(NoPathReason.BOUND_EXCEEDED);
        assertThat(delay.unsatisfied()).containsExactly(ConstraintKind.DELAY_BOUND);
    }

    @Test
    void bandwidthAndAffinityTogetherListBothWhenEachAloneFails() {
        NoPath np = noPath(ad().bandwidth(6000).affinity(Affinity.of(0, 0, 0x6)));
        assertThat(np.reason()).isEqualTo(NoPathReason.AFFINITY_UNSATISFIED);
        assertThat(np.unsatisfied()).containsExactlyInAnyOrder(ConstraintKind.AFFINITY, ConstraintKind.BANDWIDTH);
    }

    @Test
    void disjointPairWithIncludeRouteIsRefusedClearly() {
        NoPath np = noPath(ad().include(RouteHop.looseNode("E"))
                .disjoint(Diversity.Disjointness.LINK, Diversity.PairObjective.MIN_TOTAL));
        assertThat(np.reason()).isEqualTo(NoPathReason.UNSUPPORTED_COMBINATION);
    }

    @Test
    void labelLimitIsNotReportedAsNoPath() {
        PathComputer tiny = new PathComputer(new PathComputer.Limits(2, 10));
        PathResult r = tiny.compute(NET, ad().bound(MetricKind.IGP, 10).build());
        assertThat(((NoPath) r).reason()).isEqualTo(NoPathReason.SEARCH_LIMIT_EXCEEDED);
    }
}
