package org.pathwise.ted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeSnapshotTest {

    static final double GBPS = 1e9 / 8;

    /** A -- B -- C, plus A -> C one way only. */
    static TeSnapshot triangle() {
        return TopologyBuilder.create()
                .addNode(Node.of("A")).addNode(Node.of("B")).addNode(Node.of("C"))
                .addBidirectional(Link.builder("AB", "A", "B").igpMetric(10).teMetric(7).delayMicros(100)
                        .maxBandwidth(10 * GBPS).adminGroup(0b101).srlgs(11, 12).adjacencySidLabel(24001).build())
                .addBidirectional(Link.builder("BC", "B", "C").igpMetric(20).maxBandwidth(GBPS).build())
                .addLink(Link.builder("AC", "A", "C").igpMetric(50).maxBandwidth(40 * GBPS)
                        .extendedAdminGroup(0L, 1L << 3).build())
                .build();
    }

    @Test
    void indexesNodesAndLinksInInsertionOrder() {
        TeSnapshot s = triangle();
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.nodeCount()).isEqualTo(3);
        assertThat(s.linkCount()).isEqualTo(5);
        assertThat(s.nodeIndex("A")).isZero();
        assertThat(s.nodeIndex("C")).isEqualTo(2);
        assertThat(s.nodeIndex("Z")).isEqualTo(-1);
        assertThat(s.linkIndex("AB")).isZero();
        assertThat(s.linkIndex("AB/r")).isEqualTo(1);
        assertThat(s.linkIndex("AC")).isEqualTo(4);
        assertThat(s.linkIndex("nope")).isEqualTo(-1);
        assertThat(s.link(1).from()).isEqualTo("B");
    }

    @Test
    void csrListsOutAndInLinksOfEveryNode() {
        TeSnapshot s = triangle();
        assertThat(outLinks(s, s.nodeIndex("A"))).containsExactly("AB", "AC");
        assertThat(outLinks(s, s.nodeIndex("B"))).containsExactly("AB/r", "BC");
        assertThat(outLinks(s, s.nodeIndex("C"))).containsExactly("BC/r");
        assertThat(inLinks(s, s.nodeIndex("C"))).containsExactly("BC", "AC");
        assertThat(inLinks(s, s.nodeIndex("A"))).containsExactly("AB/r");
        int ab = s.linkIndex("AB");
        assertThat(s.src(ab)).isEqualTo(s.nodeIndex("A"));
        assertThat(s.dst(ab)).isEqualTo(s.nodeIndex("B"));
    }

    @Test
    void hotColumnsHoldEachLinksAttributes() {
        TeSnapshot s = triangle();
        int ab = s.linkIndex("AB");
        assertThat(s.igpMetric(ab)).isEqualTo(10);
        assertThat(s.teMetric(ab)).isEqualTo(7);
        assertThat(s.teMetric(s.linkIndex("BC"))).isEqualTo(20); // defaults to IGP metric
        assertThat(s.delayMicros(ab)).isEqualTo(100);
        assertThat(s.maxBandwidth(ab)).isEqualTo(10 * GBPS);
        assertThat(s.maxReservableBandwidth(ab)).isEqualTo(10 * GBPS);
        for (int p = 0; p < 8; p++) {
            assertThat(s.unreservedBandwidth(ab, p)).isEqualTo(10 * GBPS);
        }
        assertThat(s.adminGroup(ab)).isEqualTo(0b101);
        assertThat(s.srlgCount(ab)).isEqualTo(2);
        assertThat(s.srlg(ab, 0)).isEqualTo(11);
        assertThat(s.srlg(ab, 1)).isEqualTo(12);
        assertThat(s.srlgCount(s.linkIndex("BC"))).isZero();
        assertThat(s.adjacencySidLabel(ab)).isEqualTo(24001);
        assertThat(s.adjacencySidLabel(s.linkIndex("AB/r"))).isEqualTo(-1); // a SID belongs to one direction
    }

    @Test
    void extendedAdminGroupBitsCountAcrossWords() {
        TeSnapshot s = triangle();
        int ac = s.linkIndex("AC");
        assertThat(s.hasExtendedAdminGroup(ac, 64 + 3)).isTrue();
        assertThat(s.hasExtendedAdminGroup(ac, 3)).isFalse();
        assertThat(s.hasExtendedAdminGroup(ac, 128 + 3)).isFalse(); // beyond the link's words
        assertThat(s.hasExtendedAdminGroup(s.linkIndex("AB"), 0)).isFalse();
        assertThat(s.extendedAdminGroupWords(ac)).isEqualTo(2);
    }

    @Test
    void bidirectionalLinksArePairedAndOneWayLinksAreNot() {
        TeSnapshot s = triangle();
        assertThat(s.reverse(s.linkIndex("AB"))).isEqualTo(s.linkIndex("AB/r"));
        assertThat(s.reverse(s.linkIndex("AB/r"))).isEqualTo(s.linkIndex("AB"));
        assertThat(s.reverse(s.linkIndex("AC"))).isEqualTo(-1);
    }

    @Test
    void mirroredLinksAddedSeparatelyArePairedByAddressesOrUniqueness() throws Exception {
        InetAddress a1 = InetAddress.getByName("10.0.0.1");
        InetAddress a2 = InetAddress.getByName("10.0.0.2");
        InetAddress b1 = InetAddress.getByName("10.0.1.1");
        InetAddress b2 = InetAddress.getByName("10.0.1.2");
        TeSnapshot s = TopologyBuilder.create()
                .addNode(Node.of("A")).addNode(Node.of("B")).addNode(Node.of("C")).addNode(Node.of("D"))
                // two parallel numbered links A<->B, given in crossed order
                .addLink(Link.builder("ab1", "A", "B").addresses(a1, a2).build())
                .addLink(Link.builder("ab2", "A", "B").addresses(b1, b2).build())
                .addLink(Link.builder("ba2", "B", "A").addresses(b2, b1).build())
                .addLink(Link.builder("ba1", "B", "A").addresses(a2, a1).build())
                // one unnamed link each way C<->D: unambiguous
                .addLink(Link.builder("cd", "C", "D").build())
                .addLink(Link.builder("dc", "D", "C").build())
                // two unnamed links C->A but one A->C: ambiguous, left unpaired
                .addLink(Link.builder("ca1", "C", "A").build())
                .addLink(Link.builder("ca2", "C", "A").build())
                .addLink(Link.builder("ac", "A", "C").build())
                .build();
        assertThat(s.link(s.reverse(s.linkIndex("ab1"))).id()).isEqualTo("ba1");
        assertThat(s.link(s.reverse(s.linkIndex("ab2"))).id()).isEqualTo("ba2");
        assertThat(s.link(s.reverse(s.linkIndex("cd"))).id()).isEqualTo("dc");
        assertThat(s.reverse(s.linkIndex("ca1"))).isEqualTo(-1);
        assertThat(s.reverse(s.linkIndex("ac"))).isEqualTo(-1);
    }

    @Test
    void findsNodesByRouterIdNodeAddressOrLinkLocalAddress() throws Exception {
        InetAddress rid = InetAddress.getByName("192.0.2.1");
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        InetAddress ifAddr = InetAddress.getByName("10.1.1.1");
        Node a = new Node("A", "alpha", (java.net.Inet4Address) rid, (java.net.Inet6Address) v6, List.of(),
                SrNodeInfo.mpls(16000, 8000, 1), 48.85, 2.35);
        TeSnapshot s = TopologyBuilder.create().addNode(a).addNode(Node.of("B"))
                .addBidirectional(Link.builder("ab", "A", "B").addresses(ifAddr, InetAddress.getByName("10.1.1.2")).build())
                .build();
        assertThat(s.nodeIndexByAddress(rid)).isZero();
        assertThat(s.nodeIndexByAddress(v6)).isZero();
        assertThat(s.nodeIndexByAddress(ifAddr)).isZero();
        assertThat(s.nodeIndexByAddress(InetAddress.getByName("10.1.1.2"))).isEqualTo(1);
        assertThat(s.nodeIndexByAddress(InetAddress.getByName("10.9.9.9"))).isEqualTo(-1);
        assertThat(s.node(0).sr().nodeSidLabel()).isEqualTo(16001);
    }

    @Test
    void wavelengthMapAnswersPerChannel() {
        BitSet free = new BitSet();
        free.set(0);
        free.set(70);
        TeSnapshot s = TopologyBuilder.create().addNode(Node.of("A")).addNode(Node.of("B"))
                .addBidirectional(Link.builder("ab", "A", "B").wavelengths(free, 80).build())
                .addLink(Link.builder("ip", "A", "B").build())
                .build();
        int ab = s.linkIndex("ab");
        assertThat(s.wavelengthCount(ab)).isEqualTo(80);
        assertThat(s.wavelengthAvailable(ab, 0)).isTrue();
        assertThat(s.wavelengthAvailable(ab, 1)).isFalse();
        assertThat(s.wavelengthAvailable(ab, 70)).isTrue();
        assertThat(s.wavelengthAvailable(ab, 80)).isFalse();
        assertThat(s.wavelengthAvailable(ab, -1)).isFalse();
        int ip = s.linkIndex("ip");
        assertThat(s.wavelengthCount(ip)).isZero();
        assertThat(s.wavelengthAvailable(ip, 0)).isFalse();
        assertThat(s.link(s.linkIndex("ab/r")).wavelengths()).isEqualTo(free);
    }

    @Test
    void emptySnapshotIsVersionZero() {
        TeSnapshot e = TeSnapshot.empty();
        assertThat(e.version()).isZero();
        assertThat(e.nodeCount()).isZero();
        assertThat(e.toBuilder().addNode(Node.of("A")).build().version()).isEqualTo(1);
    }

    static List<String> outLinks(TeSnapshot s, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = s.outStart(n); i < s.outStart(n + 1); i++) {
            ids.add(s.link(s.outLink(i)).id());
        }
        return ids;
    }

    static List<String> inLinks(TeSnapshot s, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = s.inStart(n); i < s.inStart(n + 1); i++) {
            ids.add(s.link(s.inLink(i)).id());
        }
        return ids;
    }
}
