package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.io.TopologyFiles;

class SndlibDemandsTest {
    private static final String TEXT = """
            # a tiny network
            NODES (
              A ( 0 0 )
              B ( 1 0 )
              C ( 2 0 )
            )
            LINKS (
              L1 ( A B ) 0.00 0.00 0.00 0.00 ( 10.00 1.00 )
              L2 ( B C ) 0.00 0.00 0.00 0.00 ( 10.00 1.00 )
            )
            DEMANDS (
              D1 ( A C ) 1 80.00 UNLIMITED
              D2 ( C B ) 1 8.5 UNLIMITED # trailing comment
            )
            """;

    @Test
    void demandsMapToRouterIdsWithTheirValueInMbps() {
        TeSnapshot t = addressed(TopologyFiles.parse(TEXT, "tiny.txt", null,
                org.pathwise.ted.io.ImportOptions.defaults()).snapshot());
        List<Demand> d = SndlibDemands.parse(TEXT, "tiny.txt", t);
        assertThat(d).containsExactly(
                new Demand("A", "C", Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.3"), 10_000_000),
                new Demand("C", "B", Ipv4Address.parse("10.0.0.3"), Ipv4Address.parse("10.0.0.2"), 1_062_500));
    }

    @Test
    void atlantaHas210Demands() {
        Path atlanta = sharedData().resolve("sndlib/atlanta.txt");
        if (!Files.exists(atlanta)) {
            System.err.println("SKIPPED: shared topology data not found at " + atlanta);
        }
        Assumptions.assumeTrue(Files.exists(atlanta), "shared data not found at " + atlanta);
        TeSnapshot t = addressed(TopologyFiles.load(atlanta));
        List<Demand> d = SndlibDemands.read(atlanta, t);
        assertThat(d).hasSize(210);
        assertThat(d.get(0).sourceId()).isEqualTo("N1");
        assertThat(d.get(0).destinationId()).isEqualTo("N2");
        assertThat(d.get(0).bandwidth()).isEqualTo(5981 * 125_000.0);
    }

    @Test
    void problemsNameFileLineAndFix() {
        TeSnapshot t = addressed(TopologyFiles.parse(TEXT, "tiny.txt", null,
                org.pathwise.ted.io.ImportOptions.defaults()).snapshot());
        assertThatThrownBy(() -> SndlibDemands.parse(TEXT.replace("D2 ( C B )", "D2 ( C Q )"), "x.txt", t))
                .hasMessage("x.txt:13: demand end 'Q' is not a node of the loaded topology; load the topology this"
                        + " demand file belongs to");
        assertThatThrownBy(() -> SndlibDemands.parse(TEXT.replace("D1 ( A C ) 1 80.00", "D1 A C"), "x.txt", t))
                .hasMessage("x.txt:12: expected 'id ( source target ) routing_unit demand_value max_path_length',"
                        + " got 'D1 A C UNLIMITED'");
        assertThatThrownBy(() -> SndlibDemands.parse("NODES ( )", "n.txt", t))
                .hasMessage("n.txt: no DEMANDS section; is this an SNDlib native-format file? (or use --demands random)");
        TeSnapshot bare = TopologyFiles.parse(TEXT, "tiny.txt", null, org.pathwise.ted.io.ImportOptions.defaults())
                .snapshot();
        assertThatThrownBy(() -> SndlibDemands.parse(TEXT, "x.txt", bare))
                .hasMessageStartingWith("x.txt:12: node 'A' has no IPv4 router ID");
    }

    @Test
    void randomPairsAreDistinctAddressedNodes() {
        TeSnapshot t = addressed(TopologyFiles.parse(TEXT, "tiny.txt", null,
                org.pathwise.ted.io.ImportOptions.defaults()).snapshot());
        DemandSource.RandomPairs pairs = DemandSource.randomPairs(t, 0);
        assertThat(pairs.size()).isEqualTo(6);
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            Demand d = pairs.next(r);
            assertThat(d.sourceId()).isNotEqualTo(d.destinationId());
            assertThat(d.source()).isEqualTo(Ipv4Address.parse("10.0.0." + (t.nodeIndex(d.sourceId()) + 1)));
        }
    }

    /** shared/data beside the repository or one of its parents (worktrees live in a subfolder). */
    static Path sharedData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared/data");
            }
        }
        return Path.of("shared/data");
    }

    /** Router IDs 10.0.0.(index + 1), as the topology importer's synthetic addressing numbers them. */
    static TeSnapshot addressed(TeSnapshot s) {
        TopologyBuilder b = s.toBuilder();
        for (int i = 0; i < s.nodeCount(); i++) {
            Node n = s.node(i);
            try {
                b.replaceNode(n.withRouterId((Inet4Address) InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) (i + 1)})));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.build();
    }
}
