package org.pathwise.ted.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.net.InetAddress;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;

class PathwiseFormatTest {

    static final double G = 1e9 / 8;

    static TopologyDocument json(String text) {
        return TopologyFiles.parse(text, "topology.json", null, ImportOptions.defaults());
    }

    static TopologyDocument yaml(String text) {
        return TopologyFiles.parse(text, "topology.yaml", null, ImportOptions.defaults());
    }

    @Test
    void readsUnitsDefaultsAndPerDirectionOverrides() throws Exception {
        TeSnapshot s = yaml("""
                defaults: {bandwidth: 10G, igpMetric: 10}
                nodes:
                  - {id: A, routerId: 192.0.2.1, latitude: 48.8566, longitude: 2.3522}
                  - {id: B, latitude: 51.5074, longitude: -0.1278}
                  - {id: C}
                links:
                  - id: AB
                    from: A
                    to: B
                    fromAddress: 10.0.0.0
                    toAddress: 10.0.0.1
                    bandwidth: 2.5Gbps
                    teMetric: 7
                    forward: {adjacencySid: 24001}
                    reverse: {id: BA, igpMetric: 20, unreservedBandwidth: 1G}
                  - {id: BC, from: B, to: C, bandwidth: 100000000, delay: 1.5ms}
                  - {id: CA, from: C, to: A, bidirectional: false, delay: 300us, bandwidth: 125 MB/s}
                """).snapshot();
        int ab = s.linkIndex("AB");
        int ba = s.linkIndex("BA");
        assertThat(s.reverse(ab)).isEqualTo(ba);
        assertThat(s.maxBandwidth(ab)).isEqualTo(2.5 * G);
        assertThat(s.unreservedBandwidth(ab, 0)).isEqualTo(2.5 * G); // unreserved = reservable = max by default
        assertThat(s.unreservedBandwidth(ba, 0)).isEqualTo(1 * G);
        assertThat(s.igpMetric(ab)).isEqualTo(10);                  // from defaults
        assertThat(s.igpMetric(ba)).isEqualTo(20);                  // reverse override
        assertThat(s.teMetric(ab)).isEqualTo(7);
        assertThat(s.adjacencySidLabel(ab)).isEqualTo(24001);
        assertThat(s.adjacencySidLabel(ba)).isEqualTo(-1);
        assertThat(s.link(ba).localAddress()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(s.link(ba).remoteAddress()).isEqualTo(InetAddress.getByName("10.0.0.0"));
        // No delay given, both ends located: fibre along the great circle (Paris-London ~344 km).
        assertThat(s.delayMicros(ab)).isBetween(1700, 1740);
        int bc = s.linkIndex("BC");
        assertThat(s.maxBandwidth(bc)).isEqualTo(1e8 / 8);          // plain number = bits per second
        assertThat(s.delayMicros(bc)).isEqualTo(1500);
        assertThat(s.teMetric(bc)).isEqualTo(10);                   // TE metric defaults to the IGP metric
        int ca = s.linkIndex("CA");
        assertThat(s.reverse(ca)).isEqualTo(-1);
        assertThat(s.maxBandwidth(ca)).isEqualTo(125e6);            // bytes when written as B/s
        assertThat(s.delayMicros(ca)).isEqualTo(300);
    }

    @Test
    void writeThenReadGivesTheSameTopology() throws Exception {
        TeSnapshot original = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, 40, 9).withWavelengths(16));
        TeSnapshot changed = original.toBuilder()
                .setUnreservedBandwidth("L3", new double[] {8e9, 8e9, 7e9, 6e9, 5e9, 4e9, 3e9, 1.2345e9})
                .replaceLink(original.link(original.linkIndex("L4/r")).toBuilder().igpMetric(77).teMetric(5).build())
                .addLink(Link.builder("oneway", "N1", "N2").maxBandwidth(123.456).build())
                .build();
        for (boolean asYaml : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            TopologyFiles.write(new TopologyDocument(changed, "net", "d", "a"), out, asYaml);
            TopologyDocument back = asYaml ? yaml(out.toString()) : json(out.toString());
            assertThat(back.name()).isEqualTo("net");
            assertThat(back.attribution()).isEqualTo("a");
            TeSnapshot s = back.snapshot();
            assertThat(s.nodes()).containsExactlyElementsOf(changed.nodes());
            assertThat(s.links()).containsExactlyInAnyOrderElementsOf(changed.links());
            for (int l = 0; l < s.linkCount(); l++) {
                int r = changed.reverse(changed.linkIndex(s.link(l).id()));
                assertThat(s.reverse(l) < 0 ? null : s.link(s.reverse(l)).id()).isEqualTo(r < 0 ? null : changed.link(r).id());
            }
        }
    }

    @Test
    void ipv6IsWrittenInCanonicalForm() throws Exception {
        assertThat(AddressText.of(InetAddress.getByName("2001:db8:0:0:0:0:0:1"))).isEqualTo("2001:db8::1");
        assertThat(AddressText.of(InetAddress.getByName("2001:0:0:1:0:0:0:1"))).isEqualTo("2001:0:0:1::1");
        assertThat(AddressText.of(InetAddress.getByName("::"))).isEqualTo("::");
        assertThat(AddressText.of(InetAddress.getByName("fc00:0:1::"))).isEqualTo("fc00:0:1::");
    }

    @Test
    void wavelengthsAcceptRangesListsAllAndNone() {
        TeSnapshot s = yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: r, from: A, to: B, bandwidth: 1G, wavelengths: {channels: 8, available: "0-2,5"}}
                  - {id: l, from: A, to: B, bandwidth: 1G, wavelengths: {channels: 8, available: [1, 7]}}
                  - {id: n, from: A, to: B, bandwidth: 1G, wavelengths: {channels: 8, available: none}}
                  - {id: a, from: A, to: B, bandwidth: 1G, wavelengths: {channels: 8}}
                """).snapshot();
        BitSet expected = new BitSet();
        expected.set(0, 3);
        expected.set(5);
        assertThat(s.link(s.linkIndex("r")).wavelengths()).isEqualTo(expected);
        assertThat(s.wavelengthAvailable(s.linkIndex("l"), 7)).isTrue();
        assertThat(s.link(s.linkIndex("n")).wavelengths().isEmpty()).isTrue();
        assertThat(s.link(s.linkIndex("a")).wavelengths().cardinality()).isEqualTo(8);
    }

    // Bad input: every error names file, line (and column) and says what to fix.

    @Test
    void unknownNode() {
        assertThatThrownBy(() -> json("""
                {
                  "nodes": [ {"id": "N1"}, {"id": "N2"} ],
                  "links": [
                    {"id": "L7", "from": "N1", "to": "N99", "bandwidth": "10G"}
                  ]
                }
                """)).isInstanceOf(TopologyException.class)
                .hasMessage("topology.json:4:38: link 'L7' references unknown node 'N99'");
    }

    @Test
    void duplicateIds() {
        assertThatThrownBy(() -> yaml("""
                nodes:
                  - id: A
                  - id: B
                  - id: A
                """)).hasMessage("topology.yaml:4:5: duplicate node id 'A'");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwidth: 1G}
                  - {id: X, from: B, to: A, bandwidth: 1G}
                """)).hasMessage("topology.yaml:4:5: duplicate link id 'X' (first at line 3)");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwidth: 1G}
                  - {id: X/r, from: B, to: A, bandwidth: 1G}
                """)).hasMessage("topology.yaml:4:5: duplicate link id 'X/r' (first at line 3)");
    }

    @Test
    void negativeOrNaNCapacity() {
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwidth: -5}
                """)).hasMessage("topology.yaml:3:40: link 'X' bandwidth must be a finite bandwidth ≥ 0");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwidth: NaN}
                """)).hasMessageStartingWith("topology.yaml:3:40: link 'X' bandwidth: 'NaN' is not a bandwidth; write e.g. 10G");
        assertThatThrownBy(() -> json("""
                {"nodes": [{"id": "A"}, {"id": "B"}],
                 "links": [{"id": "X", "from": "A", "to": "B", "bandwidth": "10G",
                            "reverse": {"unreservedBandwidth": [1, 2, 3]}}]}
                """)).hasMessage("topology.json:3:48: link 'X' (reverse) unreservedBandwidth needs 8 values (priorities 0..7) or one value for all");
    }

    @Test
    void selfLoop() {
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}]
                links:
                  - {id: X, from: A, to: A, bandwidth: 1G}
                """)).hasMessage("topology.yaml:3:5: link 'X': self-loop on node 'A'; a TE link must join two different nodes");
    }

    @Test
    void typosAndMissingValuesAreNamed() {
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwith: 1G}
                """)).hasMessageStartingWith("topology.yaml:3:29: unknown key 'bandwith' in link 'X'; expected one of id, from, to,");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B}
                """)).hasMessage("topology.yaml:3:5: link 'X' needs a bandwidth (e.g. bandwidth: 10G), here or in 'defaults'");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A}, {id: B}]
                links:
                  - {id: X, from: A, to: B, bandwidth: 1G, adjacencySid: 24000}
                """)).hasMessage("topology.yaml:3:58: link 'X': an adjacency SID belongs to one direction; put it under 'forward:' or 'reverse:'");
        assertThatThrownBy(() -> json("{\"nodes\": [{\"id\": \"A\", \"id\": \"B\"}]}"))
                .hasMessage("topology.json:1:24: duplicate key 'id' (first at line 1); keep one");
        assertThatThrownBy(() -> json("{\"nodes\": [{\"id\": \"A\"}"))
                .hasMessageStartingWith("topology.json:1:23: syntax error:");
        assertThatThrownBy(() -> yaml("""
                nodes: [{id: A, routerId: 300.1.1.1}]
                """)).hasMessage("topology.yaml:1:27: node 'A' routerId must be an IPv4 or IPv6 address literal (got '300.1.1.1')");
        assertThatThrownBy(() -> yaml("""
                format: pathwise-topology/9
                nodes: []
                """)).hasMessage("topology.yaml:1:9: format must be 'pathwise-topology/1' (got 'pathwise-topology/9')");
    }

    @Test
    void bandwidthTextRoundTrips() {
        assertThat(Bandwidth.parse("10G")).isEqualTo(10e9 / 8);
        assertThat(Bandwidth.parse("2.5Gbps")).isEqualTo(2.5e9 / 8);
        assertThat(Bandwidth.parse("100M")).isEqualTo(1e8 / 8);
        assertThat(Bandwidth.parse("622 Mbit/s")).isEqualTo(622e6 / 8);
        assertThat(Bandwidth.parse("1.25GB/s")).isEqualTo(1.25e9);
        assertThat(Bandwidth.parse("64k")).isEqualTo(8000);
        assertThat(Bandwidth.format(10e9 / 8)).isEqualTo("10G");
        assertThat(Bandwidth.format(155.52e6 / 8)).isEqualTo("155.52M");
        assertThat(Bandwidth.format(0)).isEqualTo("0");
        assertThat(Bandwidth.format(123.456)).isEqualTo("987.648");
        for (double v : new double[] {1, 0.1, 1e9 / 3, 12345678.9, 9.95328e9 / 8, 4e15}) {
            assertThat(Bandwidth.parse(Bandwidth.format(v))).isEqualTo(v);
        }
    }
}
