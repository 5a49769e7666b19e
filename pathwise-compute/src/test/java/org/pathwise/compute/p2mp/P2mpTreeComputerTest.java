package org.pathwise.compute.p2mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.Affinity;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;

class P2mpTreeComputerTest {
    private final P2mpTreeComputer trees = new P2mpTreeComputer();

    /**
     * Shortest paths: L1 over the trunk S-T (4 + 2 = 6), L2 directly (7): separate shortest paths
     * cost 4 + 2 + 7 = 13. Grafting L2 onto the trunk (T-L2, 4) gives a tree of cost 10.
     */
    private static TeSnapshot trunk() {
        return new TreeNet().nodes("S", "T", "L1", "L2")
                .both("s-t", "S", "T", 4).both("t-l1", "T", "L1", 2).both("t-l2", "T", "L2", 4)
                .both("s-l1", "S", "L1", 8).both("s-l2", "S", "L2", 7)
                .build();
    }

    private static P2mpRequest request(PathRequest.Builder constraints, TreeObjective objective, String... leaves) {
        return new P2mpRequest(constraints.build(), List.of(leaves), objective);
    }

    private static List<String> linkIds(TeSnapshot s, int[] links) {
        return Arrays.stream(links).mapToObj(l -> s.link(l).id()).toList();
    }

    private P2mpResult.Tree tree(TeSnapshot s, P2mpRequest r) {
        P2mpResult result = trees.compute(s, r);
        assertThat(result).isInstanceOf(P2mpResult.Tree.class);
        return (P2mpResult.Tree) result;
    }

    @Test
    void sharingATrunkBeatsSeparateShortestPaths() {
        TeSnapshot s = trunk();
        P2mpResult.Tree mct = tree(s, request(PathRequest.between("S", "L1"), TreeObjective.MIN_COST_TREE, "L1", "L2"));
        assertThat(mct.cost()).isEqualTo(10);
        assertThat(linkIds(s, mct.links())).containsExactly("s-t", "t-l1", "t-l2");
        assertThat(mct.branches()).extracting(P2mpResult.Branch::leaf).containsExactly("L1", "L2");
        assertThat(mct.branches().get(1).path().nodeIds(s)).containsExactly("S", "T", "L2");
        assertThat(mct.unreachable()).isEmpty();

        P2mpResult.Tree spt = tree(s, request(PathRequest.between("S", "L1"), TreeObjective.SHORTEST_PATH_TREE, "L1", "L2"));
        assertThat(spt.cost()).isEqualTo(13);
        assertThat(linkIds(s, spt.links())).containsExactlyInAnyOrder("s-t", "t-l1", "s-l2");
        assertThat(spt.branches().get(1).path().nodeIds(s)).containsExactly("S", "L2");
    }

    @Test
    void bandwidthCountsOncePerTreeLinkAndThinLinksAreAvoided() {
        // The trunk carries 100 once for both leaves: feasible at 100, not at 101.
        TeSnapshot s = new TreeNet().nodes("S", "T", "L1", "L2")
                .both("s-t", "S", "T", 4, 100).both("t-l1", "T", "L1", 2).both("t-l2", "T", "L2", 4)
                .both("s-l1", "S", "L1", 8).both("s-l2", "S", "L2", 7)
                .build();
        assertThat(tree(s, request(PathRequest.between("S", "L1").bandwidth(100), TreeObjective.MIN_COST_TREE,
                "L1", "L2")).cost()).isEqualTo(10);
        P2mpResult.Tree avoided = tree(s, request(PathRequest.between("S", "L1").bandwidth(101),
                TreeObjective.MIN_COST_TREE, "L1", "L2"));
        // L2 first (7), then L1 grafted at L2 through T (4 + 2).
        assertThat(linkIds(s, avoided.links())).containsExactly("s-l2", "t-l2/r", "t-l1");
        assertThat(avoided.cost()).isEqualTo(13);
        assertThat(avoided.branches().get(0).path().minUnreservedBandwidth()).isEqualTo(1e9);
    }

    @Test
    void exclusionsAndAffinitiesApplyToEveryBranch() {
        TeSnapshot s = trunk();
        P2mpResult.Tree noTrunkNode = tree(s, request(PathRequest.between("S", "L1").exclude(Exclusion.node("T")),
                TreeObjective.MIN_COST_TREE, "L1", "L2"));
        assertThat(linkIds(s, noTrunkNode.links())).containsExactly("s-l2", "s-l1");
        assertThat(noTrunkNode.cost()).isEqualTo(15);

        TeSnapshot colored = new TreeNet().nodes("S", "T", "L1", "L2")
                .link(Link.builder("s-t", "S", "T").teMetric(4).adminGroup(0x1).maxBandwidth(1e9).build())
                .both("t-l1", "T", "L1", 2).both("t-l2", "T", "L2", 4)
                .both("s-l1", "S", "L1", 8).both("s-l2", "S", "L2", 7)
                .build();
        P2mpResult.Tree avoidRed = tree(colored, request(PathRequest.between("S", "L1").affinity(Affinity.of(0x1, 0, 0)),
                TreeObjective.MIN_COST_TREE, "L1", "L2"));
        assertThat(linkIds(colored, avoidRed.links())).containsExactly("s-l2", "t-l2/r", "t-l1");
    }

    @Test
    void unreachableLeavesAreReportedOneByOne() {
        TeSnapshot s = new TreeNet().nodes("S", "A", "B", "ISLAND").both("s-a", "S", "A", 1).both("a-b", "A", "B", 1, 10)
                .build();
        P2mpResult.Tree t = tree(s, request(PathRequest.between("S", "A").bandwidth(50), TreeObjective.MIN_COST_TREE,
                "A", "B", "ISLAND", "NOWHERE", "S"));
        assertThat(t.branches()).extracting(P2mpResult.Branch::leaf).containsExactly("A");
        assertThat(t.unreachable()).containsOnlyKeys("B", "ISLAND", "NOWHERE", "S");
        assertThat(t.unreachable().get("B").reason()).isEqualTo(NoPathReason.BANDWIDTH_UNAVAILABLE);
        assertThat(t.unreachable().get("ISLAND").reason()).isEqualTo(NoPathReason.NO_ROUTE);
        assertThat(t.unreachable().get("NOWHERE").reason()).isEqualTo(NoPathReason.DESTINATION_UNKNOWN);
        assertThat(t.unreachable().get("S").reason()).isEqualTo(NoPathReason.SAME_ENDPOINTS);
    }

    @Test
    void noReachableLeafIsAFailureWithTheLeafsReason() {
        TeSnapshot s = new TreeNet().nodes("S", "A", "ISLAND").both("s-a", "S", "A", 1).build();
        P2mpResult r = trees.compute(s, request(PathRequest.between("S", "A"), TreeObjective.MIN_COST_TREE, "ISLAND"));
        assertThat(r).isInstanceOfSatisfying(P2mpResult.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.NO_ROUTE));
    }

    @Test
    void leafOnTheWayToAnotherIsConnectedByTheSameGraft() {
        TeSnapshot s = new TreeNet().nodes("S", "A", "B").both("s-a", "S", "A", 1).both("a-b", "A", "B", 1).build();
        P2mpResult.Tree t = tree(s, request(PathRequest.between("S", "A"), TreeObjective.MIN_COST_TREE, "B", "A"));
        assertThat(linkIds(s, t.links())).containsExactly("s-a", "a-b");
        assertThat(t.branches().get(0).path().nodeIds(s)).containsExactly("S", "A", "B");
        assertThat(t.branches().get(1).path().nodeIds(s)).containsExactly("S", "A");
    }

    @Test
    void boundsAreNotServedForTrees() {
        P2mpResult r = trees.compute(trunk(), request(PathRequest.between("S", "L1").maxHops(2),
                TreeObjective.MIN_COST_TREE, "L1"));
        assertThat(r).isInstanceOfSatisfying(P2mpResult.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.UNSUPPORTED_COMBINATION));
    }
}
