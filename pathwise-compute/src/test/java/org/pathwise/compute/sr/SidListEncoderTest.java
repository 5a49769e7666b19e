package org.pathwise.compute.sr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;

class SidListEncoderTest {
    private final SidListEncoder encoder = new SidListEncoder();

    private SrEncoding.Encoded encoded(TeSnapshot s, Path p, int msd) {
        SrEncoding e = encoder.encode(s, p, msd);
        assertThat(e).isInstanceOf(SrEncoding.Encoded.class);
        SrEncoding.Encoded enc = (SrEncoding.Encoded) e;
        assertThat(new MplsForwardingOracle(s).forward(p.source(), enc.labels(), 64))
                .as("every ECMP branch of the SID list follows the path").containsExactly(boxed(p.links()));
        return enc;
    }

    private static List<Integer> boxed(int[] links) {
        return java.util.Arrays.stream(links).boxed().toList();
    }

    /** A-B-D and A-C-D, all IGP 1: D's node SID from A would split over both routes. */
    private static TeSnapshot square() {
        return new SrNet().node("A", 1).node("B", 2).node("C", 3).node("D", 4)
                .both("ab", "A", "B", 1).both("bd", "B", "D", 1).both("ac", "A", "C", 1).both("cd", "C", "D", 1)
                .build();
    }

    @Test
    void ecmpUnsafeCompressionIsRefused() {
        TeSnapshot s = square();
        Path p = SrNet.path(s, "ab", "bd");
        SrEncoding.Encoded e = encoded(s, p, 10);
        // The naive one-SID list [D] would load-balance half the packets over C.
        assertThat(e.labels()).containsExactly(16002, 16004);
        assertThat(e.sids()).allMatch(sid -> sid instanceof Sid.NodeSid);
        assertThat(new MplsForwardingOracle(s).forward(p.source(), new int[] {16004}, 64)).hasSize(2);
    }

    @Test
    void uniqueIgpShortestPathCompressesToOneNodeSid() {
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2).node("C", 3).node("D", 4)
                .both("ab", "A", "B", 1).both("bd", "B", "D", 1).both("ac", "A", "C", 1).both("cd", "C", "D", 2)
                .build();
        SrEncoding.Encoded e = encoded(s, SrNet.path(s, "ab", "bd"), 10);
        assertThat(e.labels()).containsExactly(16004);
        assertThat(e.sids().get(0)).isEqualTo(new Sid.NodeSid(16004, "D", s.nodeIndex("D"), 4, Nai.ABSENT, 0, 2));
    }

    @Test
    void teRouteOffTheIgpShortestPathNeedsAnIntermediateSid() {
        // The TE path A-B-C; the IGP prefers the direct A-C link, so C's node SID alone goes direct.
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2).node("C", 3)
                .both("ab", "A", "B", 5).both("bc", "B", "C", 5).both("ac", "A", "C", 1)
                .build();
        SrEncoding.Encoded e = encoded(s, SrNet.path(s, "ab", "bc"), 10);
        assertThat(e.labels()).containsExactly(16002, 16003);
    }

    @Test
    void parallelLinksNeedTheAdjacencySid() {
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2)
                .link("l1", "A", "B", 1, 24001).link("l2", "A", "B", 1, 24002)
                .build();
        SrEncoding.Encoded e = encoded(s, SrNet.path(s, "l2"), 10);
        assertThat(e.sids()).containsExactly(new Sid.AdjacencySid(24002, "l2", s.linkIndex("l2"), Nai.ABSENT, 0));
    }

    @Test
    void aHopWithoutAnyUsableSidIsATypedFailure() {
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2).node("C", 3)
                .link("l1", "A", "B", 1, -1).link("l2", "A", "B", 1, -1).both("bc", "B", "C", 1)
                .build();
        SrEncoding e = encoder.encode(s, SrNet.path(s, "l1", "bc"), 10);
        assertThat(e).isInstanceOfSatisfying(SrEncoding.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.SR_SID_UNAVAILABLE);
            assertThat(f.noPath().detail()).startsWith("hop 1 of the path (A -> B, link 'l1') cannot be steered");
        });
    }

    @Test
    void msdIsRespected() {
        // A zig-zag: every node SID beyond the next node is unsafe (two equal routes), so 3 SIDs.
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2).node("C", 3).node("D", 4).node("X", 5).node("Y", 6)
                .both("ab", "A", "B", 1).both("bc", "B", "C", 1).both("cd", "C", "D", 1)
                .both("ax", "A", "X", 1).both("xc", "X", "C", 1).both("by", "B", "Y", 1).both("yd", "Y", "D", 1)
                .build();
        Path p = SrNet.path(s, "ab", "bc", "cd");
        assertThat(encoded(s, p, 3).labels()).containsExactly(16002, 16003, 16004);
        SrEncoding tooDeep = encoder.encode(s, p, 2);
        assertThat(tooDeep).isInstanceOfSatisfying(SrEncoding.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.SR_MSD_EXCEEDED);
            assertThat(f.noPath().detail())
                    .isEqualTo("the shortest SID list for this path has 3 SIDs (0 adjacency SIDs); the head-end's MSD is 2");
        });
    }

    @Test
    void adjacencySidOnlyWhereNoNodeSidIsSafe() {
        // B has no node SID; the A->B hop takes its adjacency SID, then D's node SID from B is unique.
        TeSnapshot s = new SrNet().node("A", 1).node("B", 16000, 8000, -1).node("C", 3).node("D", 4)
                .link("ab", "A", "B", 1, 24010).link("ba", "B", "A", 1, -1).both("bd", "B", "D", 1)
                .both("ac", "A", "C", 1).both("cd", "C", "D", 1)
                .build();
        SrEncoding.Encoded e = encoded(s, SrNet.path(s, "ab", "bd"), 10);
        assertThat(e.labels()).containsExactly(24010, 16004);
        assertThat(e.sids().get(0)).isInstanceOf(Sid.AdjacencySid.class);
    }

    @Test
    void nodeSidLabelUsesTheSrgbOfTheNodeWhereTheSegmentStarts() {
        // B uses SRGB 17000: the second SID (read by B) is 17000 + 4, the first (read by A) 16000 + 2.
        TeSnapshot s = new SrNet().node("A", 1).node("B", 17000, 1000, 2).node("C", 3).node("D", 4)
                .both("ab", "A", "B", 1).both("bd", "B", "D", 1).both("ac", "A", "C", 1).both("cd", "C", "D", 1)
                .build();
        SrEncoding.Encoded e = encoded(s, SrNet.path(s, "ab", "bd"), 10);
        assertThat(e.labels()).containsExactly(16002, 17004);
    }

    @Test
    void naiCarriesRouterIdsAndInterfaceAddresses() {
        TeSnapshot s = new SrNet().nodeWithRouterId("A", 1, "10.0.0.1").nodeWithRouterId("B", 2, "10.0.0.2")
                .nodeWithRouterId("C", 3, "10.0.0.3")
                .link(Link.builder("ab", "A", "B").addresses(SrNet.address("192.0.2.1"), SrNet.address("192.0.2.2"))
                        .adjacencySidLabel(24001).build())
                .link(Link.builder("ab2", "A", "B").interfaceIds(7, 9).adjacencySidLabel(24002).build())
                .both("bc", "B", "C", 1)
                .build();
        SrEncoding.Encoded numbered = encoded(s, SrNet.path(s, "ab", "bc"), 10);
        assertThat(numbered.sids().get(0).nai())
                .isEqualTo(new Nai.AdjacencyAddresses(SrNet.address("192.0.2.1"), SrNet.address("192.0.2.2")));
        assertThat(numbered.sids().get(1).nai()).isEqualTo(new Nai.NodeAddress(SrNet.address("10.0.0.3")));
        SrEncoding.Encoded unnumbered = encoded(s, SrNet.path(s, "ab2", "bc"), 10);
        assertThat(unnumbered.sids().get(0).nai()).isEqualTo(new Nai.UnnumberedAdjacency(
                (java.net.Inet4Address) SrNet.address("10.0.0.1"), 7,
                (java.net.Inet4Address) SrNet.address("10.0.0.2"), 9));
    }

    @Test
    void pathFromAnotherSnapshotVersionIsRejected() {
        TeSnapshot s = square();
        Path p = SrNet.path(s, "ab", "bd");
        TeSnapshot next = s.toBuilder().build();
        assertThatThrownBy(() -> encoder.encode(next, p, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recompute");
    }

    @Test
    void srPathComputerFallsBackToACostlierPathThatFitsTheMsd() {
        // Best TE path A-B-C-D needs 3 SIDs (each hop ECMP-ambiguous beyond the next node); the
        // second path A-E-D (TE 4) has a unique IGP route and fits MSD 1.
        TeSnapshot s = new SrNet().node("A", 1).node("B", 2).node("C", 3).node("D", 4).node("X", 5).node("Y", 6)
                .node("E", 7)
                .both("ab", "A", "B", 1).both("bc", "B", "C", 1).both("cd", "C", "D", 1)
                .both("ax", "A", "X", 1).both("xc", "X", "C", 1).both("by", "B", "Y", 1).both("yd", "Y", "D", 1)
                .link(Link.builder("ae", "A", "E").igpMetric(1).teMetric(2).build())
                .link(Link.builder("ed", "E", "D").igpMetric(1).teMetric(2).build())
                .build();
        SrPathComputer sr = new SrPathComputer(new PathComputer());
        PathRequest request = PathRequest.between("A", "D").build();
        assertThat(sr.compute(s, request, 1, 1)).isInstanceOfSatisfying(SrEncoding.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.SR_MSD_EXCEEDED));
        SrEncoding e = sr.compute(s, request, 1, 5);
        assertThat(e).isInstanceOfSatisfying(SrEncoding.Encoded.class, enc -> {
            assertThat(enc.path().nodeIds(s)).containsExactly("A", "E", "D");
            assertThat(enc.labels()).containsExactly(16004);
        });
    }
}
