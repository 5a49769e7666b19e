package org.pathwise.ted.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyFiles;

/** {@link SyntheticAddressing#whereMissing}: the one rule the PCE and its PCCs share. */
class SyntheticAddressingTest {
    /** SNDlib data: names and costs, no router IDs. */
    static final String SNDLIB = """
            NODES (
              N1 ( 0.00 0.00 )
              N2 ( 1.00 0.00 )
              N3 ( 0.00 1.00 )
            )
            LINKS (
              L1 ( N1 N2 ) 1000.00 0.00 10.00 0.00 ( )
              L2 ( N2 N3 ) 1000.00 0.00 10.00 0.00 ( )
            )
            """;

    static TeSnapshot parse(String text, String name) {
        return TopologyFiles.parse(text, name, null, ImportOptions.defaults()).snapshot();
    }

    static InetAddress ip(String a) throws Exception {
        return InetAddress.getByName(a);
    }

    @Test
    void aFileWithoutRouterIdsGetsTheSyntheticOnes() throws Exception {
        TeSnapshot raw = parse(SNDLIB, "net.txt");
        assertThat(SyntheticAddressing.nodesWithoutRouterId(raw)).isEqualTo(3);
        TeSnapshot s = SyntheticAddressing.whereMissing(raw);
        assertThat(SyntheticAddressing.nodesWithoutRouterId(s)).isZero();
        assertThat(s.node(s.nodeIndex("N1")).routerId()).isEqualTo(ip("10.0.0.1"));
        assertThat(s.node(s.nodeIndex("N3")).routerId()).isEqualTo(ip("10.0.0.3"));
        assertThat(s.nodeIndexByAddress(ip("10.0.0.2"))).isEqualTo(s.nodeIndex("N2"));
        assertThat(s.links()).as("same as apply: one rule").isEqualTo(SyntheticAddressing.apply(raw).links());
        assertThat(s.nodes()).isEqualTo(SyntheticAddressing.apply(raw).nodes());
    }

    @Test
    void aTopologyWhoseNodesAllHaveRouterIdsIsServedAsWritten() {
        TeSnapshot raw = parse("""
                nodes:
                  - {id: A, routerId: 1.1.1.1}
                  - {id: B, routerId: 2.2.2.2}
                links:
                  - {id: AB, from: A, to: B, bandwidth: 1G}
                """, "net.yaml");
        assertThat(SyntheticAddressing.nodesWithoutRouterId(raw)).isZero();
        assertThat(SyntheticAddressing.whereMissing(raw)).as("no SIDs, link addresses or ids invented").isSameAs(raw);
    }

    @Test
    void oneNodeWithoutARouterIdIsEnoughAndTheOthersKeepTheirs() throws Exception {
        TeSnapshot raw = parse("""
                nodes:
                  - {id: A, routerId: 1.1.1.1}
                  - {id: B}
                links:
                  - {id: AB, from: A, to: B, bandwidth: 1G}
                """, "net.yaml");
        assertThat(SyntheticAddressing.nodesWithoutRouterId(raw)).isEqualTo(1);
        TeSnapshot s = SyntheticAddressing.whereMissing(raw);
        assertThat(s.node(s.nodeIndex("A")).routerId()).isEqualTo(ip("1.1.1.1"));
        assertThat(s.node(s.nodeIndex("B")).routerId()).as("10.0.0.1 + its index").isEqualTo(ip("10.0.0.2"));
    }
}
