package org.pathwise.compute.loadbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;

class LoadBalancerTest {
    private final LoadBalancer balancer = new LoadBalancer();

    /** Two routes S-A-D (TE 2) and S-B-D (TE 4) with the given capacities. */
    private static TeSnapshot twoRoutes(double viaA, double viaB) {
        return new LbNet().nodes("S", "A", "B", "D")
                .link("sa", "S", "A", 1, viaA).link("ad", "A", "D", 1, viaA)
                .link("sb", "S", "B", 2, viaB).link("bd", "B", "D", 2, viaB)
                .build();
    }

    private LoadBalanceResult.Split split(TeSnapshot s, LoadBalanceRequest r) {
        LoadBalanceResult result = balancer.compute(s, r);
        assertThat(result).isInstanceOf(LoadBalanceResult.Split.class);
        return (LoadBalanceResult.Split) result;
    }

    private static List<String> route(TeSnapshot s, LoadBalanceResult.Share share) {
        return List.of(share.path().nodeIds(s));
    }

    @Test
    void noSinglePathCarriesTheDemandButTwoDo() {
        TeSnapshot s = twoRoutes(60, 60);
        LoadBalanceResult.Split split = split(s, new LoadBalanceRequest(
                PathRequest.between("S", "D").bandwidth(100).build(), 2, 10));
        // Filling the cheap route first (60 x 2 + 40 x 4 = 280) beats equal halves (50 x 2 + 50 x 4 = 300).
        assertThat(split.shares()).extracting(LoadBalanceResult.Share::bandwidth).containsExactly(60.0, 40.0);
        assertThat(route(s, split.shares().get(0))).containsExactly("S", "A", "D");
        assertThat(route(s, split.shares().get(1))).containsExactly("S", "B", "D");
        assertThat(split.totalBandwidth()).isEqualTo(100);
    }

    @Test
    void unequalCapacitiesGetAnUnequalSplit() {
        // Equal halves do not fit the 30 route; 70 + 30 does.
        TeSnapshot s = twoRoutes(70, 30);
        LoadBalanceResult.Split split = split(s, new LoadBalanceRequest(
                PathRequest.between("S", "D").bandwidth(100).build(), 2, 20));
        assertThat(split.shares()).extracting(LoadBalanceResult.Share::bandwidth).containsExactly(70.0, 30.0);
        assertThat(split.weightedCost(MetricKind.TE)).isEqualTo(70 * 2 + 30 * 4);
    }

    @Test
    void fewestPathsBeatCheaperSplits() {
        // A costly route holds the whole demand; two cheap ones would need a split.
        TeSnapshot s = new LbNet().nodes("S", "A", "B", "C", "D")
                .link("sa", "S", "A", 1, 60).link("ad", "A", "D", 1, 60)
                .link("sb", "S", "B", 1, 60).link("bd", "B", "D", 1, 60)
                .link("sc", "S", "C", 10, 100).link("cd", "C", "D", 10, 100)
                .build();
        LoadBalanceResult.Split split = split(s, new LoadBalanceRequest(
                PathRequest.between("S", "D").bandwidth(100).build(), 3, 10));
        assertThat(split.shares()).hasSize(1);
        assertThat(route(s, split.shares().get(0))).containsExactly("S", "C", "D");
    }

    @Test
    void maxPathsIsRespected() {
        LoadBalanceResult r = balancer.compute(twoRoutes(60, 60),
                new LoadBalanceRequest(PathRequest.between("S", "D").bandwidth(100).build(), 1, 10));
        assertThat(r).isInstanceOfSatisfying(LoadBalanceResult.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.BANDWIDTH_UNAVAILABLE);
            assertThat(f.noPath().detail()).startsWith("no split of 800bit/s into at most 1 paths");
        });
    }

    @Test
    void minimumBandwidthPerPathLimitsHowFineTheSplitMayBe() {
        // Three 45 routes: 100 needs three paths, but three paths of at least 40 carry at least 120.
        TeSnapshot s = new LbNet().nodes("S", "A", "B", "C", "D")
                .link("sa", "S", "A", 1, 45).link("ad", "A", "D", 1, 45)
                .link("sb", "S", "B", 1, 45).link("bd", "B", "D", 1, 45)
                .link("sc", "S", "C", 1, 45).link("cd", "C", "D", 1, 45)
                .build();
        PathRequest demand = PathRequest.between("S", "D").bandwidth(100).build();
        assertThat(balancer.compute(s, new LoadBalanceRequest(demand, 3, 40)))
                .isInstanceOfSatisfying(LoadBalanceResult.Failed.class,
                        f -> assertThat(f.noPath().detail()).startsWith("no split of 800bit/s into at most 2 paths"));
        LoadBalanceResult.Split three = split(s, new LoadBalanceRequest(demand, 3, 30));
        assertThat(three.shares()).hasSize(3);
        assertThat(three.totalBandwidth()).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void maxFlowProvesTheDemandCannotFit() {
        LoadBalanceResult r = balancer.compute(twoRoutes(30, 30),
                new LoadBalanceRequest(PathRequest.between("S", "D").bandwidth(100).build(), 8, 1));
        assertThat(r).isInstanceOfSatisfying(LoadBalanceResult.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.BANDWIDTH_UNAVAILABLE);
            assertThat(f.noPath().detail()).startsWith("at most 480bit/s can flow from S to D over links with at least 8bit/s unreserved at priority 7");
        });
    }

    @Test
    void everyPathHonoursTheRequestsOtherConstraints() {
        TeSnapshot s = new LbNet().nodes("S", "A", "B", "C", "D")
                .link("sa", "S", "A", 1, 60).link("ad", "A", "D", 1, 60)
                .link("sb", "S", "B", 2, 60).link("bd", "B", "D", 2, 60)
                .link("sc", "S", "C", 3, 60).link("cd", "C", "D", 3, 60)
                .build();
        LoadBalanceResult.Split split = split(s, new LoadBalanceRequest(
                PathRequest.between("S", "D").bandwidth(100).exclude(Exclusion.node("A")).build(), 2, 10));
        assertThat(split.shares()).extracting(share -> route(s, share))
                .containsExactly(List.of("S", "B", "D"), List.of("S", "C", "D"));
    }

    @Test
    void aRouteCutByExclusionsIsTheCoresReason() {
        LoadBalanceResult r = balancer.compute(twoRoutes(60, 60), new LoadBalanceRequest(
                PathRequest.between("S", "D").bandwidth(100).exclude(Exclusion.node("A")).exclude(Exclusion.node("B"))
                        .build(), 2, 10));
        assertThat(r).isInstanceOfSatisfying(LoadBalanceResult.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.EXCLUSIONS_DISCONNECT));
    }

    @Test
    void sharedLinkCarriesTheSumOfItsShares() {
        // Both routes share S-X (capacity 100): 50 + 50 fits, but 120 does not.
        TeSnapshot s = new LbNet().nodes("S", "X", "A", "B", "D")
                .link("sx", "S", "X", 1, 100)
                .link("xa", "X", "A", 1, 60).link("ad", "A", "D", 1, 60)
                .link("xb", "X", "B", 2, 60).link("bd", "B", "D", 2, 60)
                .build();
        assertThat(split(s, new LoadBalanceRequest(PathRequest.between("S", "D").bandwidth(100).build(), 2, 10))
                .shares()).hasSize(2);
        assertThat(balancer.compute(s, new LoadBalanceRequest(PathRequest.between("S", "D").bandwidth(110).build(), 4, 10)))
                .isInstanceOfSatisfying(LoadBalanceResult.Failed.class,
                        f -> assertThat(f.noPath().detail()).startsWith("at most 800bit/s can flow"));
    }
}
