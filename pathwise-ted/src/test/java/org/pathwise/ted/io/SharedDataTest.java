package org.pathwise.ted.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;

/**
 * Every file in the shared reference data loads, or fails with {@code file:line: …}. Node and link
 * counts below were checked independently of the importers, with e.g.
 * {@code sed -n '/^LINKS (/,/^)/p' atlanta.txt | grep -c '^  '} (SNDlib),
 * {@code grep -c '^  edge \[' Kdl.gml} (Zoo) and {@code grep -c '<link ' NSFNet_N14_E42.n2p}
 * (Net2Plan); undirected edges count twice as directed links.
 */
class SharedDataTest {

    /** Files that must be rejected (with file:line), and why. */
    private static final Set<String> EXPECTED_REJECTIONS = Set.of(
            "Interoute.gml"); // edges at lines 1219 and 1684 are self-loops (Dubai 17 -> 17, Luxembourg 73 -> 73)

    @Test
    void everySharedTopologyLoadsOrIsRejectedWithFileAndLine() throws Exception {
        Path dir = SharedData.require();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(SharedDataTest::isTopology).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(25 + 276 + 7);
        Set<String> rejected = new TreeSet<>();
        List<String> badMessages = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                TeSnapshot s = TopologyFiles.load(f);
                assertThat(s.nodeCount()).as(name).isPositive();
            } catch (TopologyException e) {
                rejected.add(name);
                if (!e.getMessage().matches("\\Q" + name + "\\E:\\d+(:\\d+)?: .+")) {
                    badMessages.add(e.getMessage());
                }
            }
        }
        assertThat(badMessages).as("rejections must start with file:line").isEmpty();
        assertThat(rejected).isEqualTo(EXPECTED_REJECTIONS);
    }

    @Test
    void countsMatchTheFiles() {
        Path dir = SharedData.require();
        assertCounts(dir.resolve("sndlib/atlanta.txt"), 15, 2 * 22);
        assertCounts(dir.resolve("sndlib/ta2.txt"), 65, 2 * 108);
        assertCounts(dir.resolve("sndlib/geant.txt"), 22, 2 * 36);
        assertCounts(dir.resolve("topologyzoo/gml/Abilene.gml"), 11, 2 * 14);
        assertCounts(dir.resolve("topologyzoo/gml/Kdl.gml"), 754, 2 * 899);
        assertCounts(dir.resolve("topologyzoo/gml/Cogentco.gml"), 197, 2 * 245);
        assertCounts(dir.resolve("topologyzoo/gml/Geant2012.gml"), 40, 2 * 61);
        assertCounts(dir.resolve("net2plan/NSFNet_N14_E42.n2p"), 14, 42);
        assertCounts(dir.resolve("net2plan/ATTWorldNet_N90_E274.n2p"), 90, 274);
        // Two layers; the default (WDM) layer has 16 of the file's 146 links.
        assertCounts(dir.resolve("net2plan/example7nodes_ipOverWDM.n2p"), 7, 16);
    }

    @Test
    void attributesAreMappedFromTheFiles() {
        Path dir = SharedData.require();
        // Abilene.gml: New York (40.71427, -74.00597) - Chicago (41.85003, -87.65005), "OC-192c", about 1,145 km.
        TeSnapshot abilene = TopologyFiles.load(dir.resolve("topologyzoo/gml/Abilene.gml"));
        int nyChi = abilene.linkIndex("L1");
        assertThat(abilene.node(abilene.src(nyChi)).id()).isEqualTo("New York");
        assertThat(abilene.node(abilene.dst(nyChi)).id()).isEqualTo("Chicago");
        assertThat(abilene.maxBandwidth(nyChi)).isEqualTo(192 * 51.84e6 / 8);
        assertThat(abilene.igpMetric(nyChi)).isBetween(1140L, 1150L);
        assertThat(abilene.delayMicros(nyChi)).isEqualTo((int) Math.round(GreatCircle.km(40.71427, -74.00597, 41.85003, -87.65005) * 5));
        assertThat(abilene.reverse(nyChi)).isEqualTo(abilene.linkIndex("L1/r"));

        // NSFNet: Link-0 (id 16) Seattle -> Palo Alto, capacity 500, 1100 km at 200,000 km/s; paired with id 19.
        TeSnapshot nsf = TopologyFiles.load(dir.resolve("net2plan/NSFNet_N14_E42.n2p"));
        int l16 = nsf.linkIndex("L16");
        assertThat(nsf.delayMicros(l16)).isEqualTo(5500);
        assertThat(nsf.igpMetric(l16)).isEqualTo(1100);
        assertThat(nsf.maxBandwidth(l16)).isEqualTo(500 * ImportOptions.GBPS);
        assertThat(nsf.link(nsf.reverse(l16)).id()).isEqualTo("L19");

        // atlanta.txt: L1 ( N1 N6 ) pre-installed 11000 (Mbit/s), routing cost 67.80 -> metric 6780; planar coordinates.
        TeSnapshot atlanta = TopologyFiles.load(dir.resolve("sndlib/atlanta.txt"));
        int l1 = atlanta.linkIndex("L1");
        assertThat(atlanta.maxBandwidth(l1)).isEqualTo(11000 * ImportOptions.MBPS);
        assertThat(atlanta.igpMetric(l1)).isEqualTo(6780);
        assertThat(atlanta.node(0).hasCoordinates()).isFalse();
        assertThat(atlanta.delayMicros(l1)).isEqualTo(500);
        // L7 ( N3 N5 ): no pre-installed capacity, modules 1000 and 4000 -> the larger.
        assertThat(atlanta.maxBandwidth(atlanta.linkIndex("L7"))).isEqualTo(4000 * ImportOptions.MBPS);

        // example7nodes_ipOverWDM: SRG 458 covers links 9 and 14 of the WDM layer.
        TeSnapshot wdm = TopologyFiles.load(dir.resolve("net2plan/example7nodes_ipOverWDM.n2p"));
        int l9 = wdm.linkIndex("L9");
        assertThat(wdm.srlgCount(l9)).isEqualTo(1);
        assertThat(wdm.srlg(l9, 0)).isEqualTo(458);
    }

    @Test
    void interouteNamesTheSelfLoopLine() {
        Path dir = SharedData.require();
        assertThatThrownBy(() -> TopologyFiles.load(dir.resolve("topologyzoo/gml/Interoute.gml")))
                .isInstanceOf(TopologyException.class)
                .hasMessage("Interoute.gml:1219: edge joins node 'Dubai' to itself (a self-loop); "
                        + "a TE link needs two different nodes: remove this edge");
    }

    private static void assertCounts(Path file, int nodes, int links) {
        TeSnapshot s = TopologyFiles.load(file);
        assertThat(s.nodeCount()).as(file.getFileName() + " nodes").isEqualTo(nodes);
        assertThat(s.linkCount()).as(file.getFileName() + " links").isEqualTo(links);
    }

    private static boolean isTopology(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".txt") || n.endsWith(".gml") || n.endsWith(".n2p") || n.endsWith(".graphml");
    }
}
