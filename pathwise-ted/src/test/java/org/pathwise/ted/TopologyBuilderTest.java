package org.pathwise.ted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwise.ted.TeSnapshotTest.GBPS;
import static org.pathwise.ted.TeSnapshotTest.outLinks;
import static org.pathwise.ted.TeSnapshotTest.triangle;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyBuilderTest {

    @Test
    void unknownNodeIsNamed() {
        TopologyBuilder b = TopologyBuilder.create().addNode(Node.of("N1"))
                .addLink(Link.builder("L7", "N1", "N99").build());
        assertThatThrownBy(b::build).isInstanceOf(TopologyException.class)
                .hasMessage("link 'L7' references unknown node 'N99'");
    }

    @Test
    void duplicateIdsAreRejected() {
        TopologyBuilder b = TopologyBuilder.create().addNode(Node.of("A")).addNode(Node.of("B"));
        assertThatThrownBy(() -> b.addNode(Node.of("A"))).isInstanceOf(TopologyException.class)
                .hasMessage("duplicate node id 'A'");
        b.addLink(Link.builder("L1", "A", "B").build());
        assertThatThrownBy(() -> b.addLink(Link.builder("L1", "B", "A").build()))
                .hasMessage("duplicate link id 'L1'");
    }

    @Test
    void badAttributesAreRejectedWithTheLinkId() {
        assertThatThrownBy(() -> Link.builder("L1", "A", "A").build())
                .isInstanceOf(TopologyException.class)
                .hasMessage("link 'L1': self-loop on node 'A'; a TE link must join two different nodes");
        assertThatThrownBy(() -> Link.builder("L2", "A", "B").maxBandwidth(-1).build())
                .hasMessage("link 'L2': max bandwidth must be a finite number ≥ 0 bytes/s (got -1.0)");
        assertThatThrownBy(() -> Link.builder("L3", "A", "B").maxBandwidth(Double.NaN).build())
                .hasMessage("link 'L3': max bandwidth must be a finite number ≥ 0 bytes/s (got NaN)");
        assertThatThrownBy(() -> Link.builder("L4", "A", "B").unreservedBandwidth(1, 2, 3).build())
                .hasMessage("link 'L4': unreserved bandwidth needs 8 values, one per priority (got 3)");
        assertThatThrownBy(() -> Link.builder("L5", "A", "B").igpMetric(-3).build())
                .hasMessage("link 'L5': IGP metric must be 0..4294967295 (got -3)");
        assertThatThrownBy(() -> Link.builder("L6", "A", "B").delayMicros(1 << 24).build())
                .hasMessage("link 'L6': delay must be 0..16777215 µs (got 16777216)");
        assertThatThrownBy(() -> Link.builder("L8", "A", "B").adjacencySidLabel(3).build())
                .hasMessageStartingWith("link 'L8': adjacency SID label must be 16..1048575");
        assertThatThrownBy(() -> SrNodeInfo.mpls(16000, 8000, 8000))
                .hasMessage("node SID index 8000 does not fit the SRGB of 8000 labels starting at 16000");
    }

    @Test
    void anAddressClaimedByTwoNodesIsRejected() throws Exception {
        InetAddress a = InetAddress.getByName("192.0.2.1");
        TopologyBuilder b = TopologyBuilder.create()
                .addNode(Node.of("A").withRouterId((java.net.Inet4Address) a))
                .addNode(Node.of("B").withRouterId((java.net.Inet4Address) a));
        assertThatThrownBy(b::build).hasMessage(
                "node 'B' uses address 192.0.2.1 which already belongs to node 'A'; an address must name one node");
    }

    @Test
    void addBidirectionalNeedsMirroredEndpoints() {
        TopologyBuilder b = TopologyBuilder.create();
        assertThatThrownBy(() -> b.addBidirectional(Link.builder("x", "A", "B").build(), Link.builder("y", "A", "B").build()))
                .hasMessage("links 'x' (A->B) and 'y' (A->B) are not two directions of one adjacency");
    }

    @Test
    void unreservedUpdateCopiesOnlyThatColumn() {
        TeSnapshot v1 = triangle();
        double[] after = {1, 2, 3, 4, 5, 6, 7, 8};
        TeSnapshot v2 = v1.toBuilder().setUnreservedBandwidth("AB", after).build();
        assertThat(v2.version()).isEqualTo(2);
        int ab = v2.linkIndex("AB");
        for (int p = 0; p < 8; p++) {
            assertThat(v2.unreservedBandwidth(ab, p)).isEqualTo(p + 1);
            assertThat(v1.unreservedBandwidth(ab, p)).isEqualTo(10 * GBPS); // v1 untouched
        }
        assertThat(v2.link(ab).unreservedBandwidth()).containsExactly(after);
        assertThat(v2.adjacency()).isSameAs(v1.adjacency());
        assertThat(v2.nodeTable()).isSameAs(v1.nodeTable());
        assertThat(v2.columns().unreserved()).isNotSameAs(v1.columns().unreserved());
        assertThat(v2.columns().igpMetric()).isSameAs(v1.columns().igpMetric());
        assertThat(v2.columns().srlgValues()).isSameAs(v1.columns().srlgValues());
    }

    @Test
    void attributeChangeKeepsTheShapeAndPairing() {
        TeSnapshot v1 = triangle();
        Link changed = v1.link(v1.linkIndex("BC")).toBuilder().igpMetric(99).srlgs(7).build();
        TeSnapshot v2 = v1.toBuilder().replaceLink(changed).build();
        int bc = v2.linkIndex("BC");
        assertThat(v2.igpMetric(bc)).isEqualTo(99);
        assertThat(v2.srlg(bc, 0)).isEqualTo(7);
        assertThat(v2.reverse(bc)).isEqualTo(v2.linkIndex("BC/r"));
        assertThat(v2.adjacency()).isSameAs(v1.adjacency());
        assertThat(v1.igpMetric(bc)).isEqualTo(20);
    }

    @Test
    void structuralChangesRebuildAndKeepPairs() {
        TeSnapshot v1 = triangle();
        TeSnapshot v2 = v1.toBuilder()
                .setUnreservedBandwidth("BC", new double[] {0, 0, 0, 0, 0, 0, 0, 0})
                .addNode(Node.of("D"))
                .addBidirectional(Link.builder("CD", "C", "D").build())
                .removeLink("AC")
                .build();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.linkCount()).isEqualTo(6);
        assertThat(v2.linkIndex("AC")).isEqualTo(-1);
        assertThat(v2.unreservedBandwidth(v2.linkIndex("BC"), 3)).isZero(); // edit before the structural change survives
        assertThat(v2.reverse(v2.linkIndex("AB"))).isEqualTo(v2.linkIndex("AB/r"));
        assertThat(v2.link(v2.reverse(v2.linkIndex("CD"))).id()).isEqualTo("CD/r");
        assertThat(outLinks(v2, v2.nodeIndex("A"))).containsExactly("AB");
    }

    @Test
    void removingANodeRemovesItsLinks() {
        TeSnapshot v2 = triangle().toBuilder().removeNode("B").build();
        assertThat(v2.nodes()).extracting(Node::id).containsExactly("A", "C");
        assertThat(v2.links()).extracting(Link::id).containsExactly("AC");
    }

    @Test
    void editsOfAbsentThingsAreErrors() {
        TopologyBuilder b = triangle().toBuilder();
        assertThatThrownBy(() -> b.setUnreservedBandwidth("nope", new double[8])).hasMessage("no link 'nope'");
        assertThatThrownBy(() -> b.removeNode("nope")).hasMessage("cannot remove node 'nope': no such node");
        assertThatThrownBy(() -> b.removeLink("nope")).hasMessage("cannot remove link 'nope': no such link");
        assertThatThrownBy(() -> b.replaceLink(Link.builder("nope", "A", "B").build()))
                .hasMessage("cannot replace link 'nope': no such link");
    }

    @Test
    void linkRecordsAreImmutable() {
        int[] srlgs = {1, 2};
        Link l = Link.builder("L", "A", "B").srlgs(srlgs).build();
        srlgs[0] = 99;
        l.srlgs()[1] = 99;
        assertThat(l.srlgs()).containsExactly(1, 2);
        assertThat(l).isEqualTo(Link.builder("L", "A", "B").srlgs(1, 2).build());
        assertThat(Node.of("A").addresses()).isEqualTo(List.of());
    }
}
