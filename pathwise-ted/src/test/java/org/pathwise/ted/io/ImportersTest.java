package org.pathwise.ted.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;

/** The foreign-format importers on small inline files: mapping, and bad input with file:line. */
class ImportersTest {

    static TopologyDocument parse(String text, String fileName) {
        return TopologyFiles.parse(text, fileName, null, ImportOptions.defaults());
    }

    static final String SNDLIB = """
            ?SNDlib native format; type: network; version: 1.0
            # network tiny

            NODES (
              Paris ( 2.35 48.86 )
              London ( -0.13 51.51 )
              Berlin ( 13.40 52.52 )
            )

            LINKS (
              L1 ( Paris London ) 9920.00 0.00 0.00 0.00 ( 40000.00 100.00 )
              L2 ( London Berlin ) 0.00 0.00 0.00 0.00 ( 2500.00 10.00 10000.00 30.00 )
            )

            DEMANDS (
              D1 ( Paris Berlin ) 1 100.00 UNLIMITED
            )
            """;

    @Test
    void sndlibMapsCapacityMetricAndDelay() {
        TopologyDocument doc = parse(SNDLIB, "tiny.txt");
        TeSnapshot s = doc.snapshot();
        assertThat(doc.name()).isEqualTo("tiny");
        assertThat(s.nodeCount()).isEqualTo(3);
        assertThat(s.linkCount()).isEqualTo(4);
        int l1 = s.linkIndex("L1");
        assertThat(s.reverse(l1)).isEqualTo(s.linkIndex("L1/r"));
        assertThat(s.maxBandwidth(l1)).isEqualTo(9920 * ImportOptions.MBPS);                    // pre-installed
        assertThat(s.maxBandwidth(s.linkIndex("L2"))).isEqualTo(10000 * ImportOptions.MBPS);   // largest module
        double km = GreatCircle.km(48.86, 2.35, 51.51, -0.13);
        assertThat(s.igpMetric(l1)).isEqualTo(Math.round(km));    // all routing costs 0: length in km
        assertThat(s.delayMicros(l1)).isEqualTo(GreatCircle.delayMicros(km));
        assertThat(s.node(0).latitude()).isEqualTo(48.86);
    }

    @Test
    void sndlibBadInput() {
        assertThatThrownBy(() -> parse(SNDLIB.replace("( Paris London )", "( Paris Rome )"), "tiny.txt"))
                .isInstanceOf(TopologyException.class)
                .hasMessage("tiny.txt:11: link 'L1' references unknown node 'Rome'");
        assertThatThrownBy(() -> parse(SNDLIB.replace("Berlin ( 13.40", "Paris ( 13.40"), "tiny.txt"))
                .hasMessage("tiny.txt:7: duplicate node id 'Paris' (first at line 5)");
        assertThatThrownBy(() -> parse(SNDLIB.replace("9920.00 0.00", "-5.00 0.00"), "tiny.txt"))
                .hasMessage("tiny.txt:11: link 'L1': capacities and routing costs must be ≥ 0");
        assertThatThrownBy(() -> parse(SNDLIB.replace("9920.00 0.00", "NaN 0.00"), "tiny.txt"))
                .hasMessage("tiny.txt:11: expected a number for pre_installed_capacity but found 'NaN'");
        assertThatThrownBy(() -> parse(SNDLIB.replace("( Paris London )", "( Paris Paris )"), "tiny.txt"))
                .hasMessage("tiny.txt:11: link 'L1': self-loop on node 'Paris'; a TE link must join two different nodes");
        assertThatThrownBy(() -> parse(SNDLIB.substring(0, SNDLIB.indexOf("DEMANDS")).replace("( 2500.00 10.00", "( 2500.00"), "tiny.txt"))
                .hasMessageStartingWith("tiny.txt:1");
    }

    static final String GML = """
            graph [
              Network "Tiny &amp; Co"
              Source "http://example.net/map"
              node [
                id 0
                label "Paris [PoP]"
                Latitude 48.86
                Longitude 2.35
              ]
              node [
                id 1
                label "London"
                Latitude 51.51
                Longitude -0.13
              ]
              node [
                id 2
                label "London"
              ]
              edge [
                source 0
                target 1
                LinkLabel "OC-48"
              ]
              edge [
                source 0
                target 1
                LinkSpeed "10"
                LinkSpeedUnits "G"
              ]
              edge [
                source 1
                target 2
                LinkLabel "Green Link"
              ]
            ]
            """;

    @Test
    void gmlKeepsParallelEdgesAndParsesSpeeds() {
        TopologyDocument doc = parse(GML, "tiny.gml");
        TeSnapshot s = doc.snapshot();
        assertThat(doc.name()).isEqualTo("Tiny & Co");
        assertThat(doc.attribution()).contains("Topology Zoo").contains("CC BY 4.0");
        assertThat(s.nodes()).extracting(n -> n.id()).containsExactly("Paris [PoP]", "London#1", "London#2");
        assertThat(s.linkCount()).isEqualTo(6);
        assertThat(s.maxBandwidth(s.linkIndex("L1"))).isEqualTo(48 * 51.84e6 / 8);
        assertThat(s.maxBandwidth(s.linkIndex("L2"))).isEqualTo(10e9 / 8);
        assertThat(s.maxBandwidth(s.linkIndex("L3"))).isEqualTo(ImportOptions.defaults().defaultCapacity());
        assertThat(s.reverse(s.linkIndex("L2"))).isEqualTo(s.linkIndex("L2/r"));
        assertThat(s.delayMicros(s.linkIndex("L3"))).isEqualTo(500); // London#2 has no coordinates: 100 km default
    }

    @Test
    void gmlBadInput() {
        assertThatThrownBy(() -> parse(GML.replace("target 2", "target 9"), "tiny.gml"))
                .hasMessage("tiny.gml:31: edge references unknown node 9");
        assertThatThrownBy(() -> parse(GML.replace("target 2", "target 1"), "tiny.gml"))
                .hasMessage("tiny.gml:31: edge joins node 'London#1' to itself (a self-loop); a TE link needs two different nodes: remove this edge");
        assertThatThrownBy(() -> parse(GML.replace("    id 2", "    id 1"), "tiny.gml"))
                .hasMessage("tiny.gml:16: duplicate node id 1 (first at line 10)");
        assertThatThrownBy(() -> parse(GML.replace("LinkLabel \"OC-48\"", "LinkLabel \"OC-48\"\n    LinkLabel \"OC-192\""), "tiny.gml"))
                .hasMessage("tiny.gml:24:5: edge has 'LinkLabel' twice with different values (OC-48 at line 23, OC-192 here); keep one");
        assertThatThrownBy(() -> parse(GML.replace("label \"London\"\n    Latitude", "label \"London\n    Latitude"), "tiny.gml"))
                .hasMessageStartingWith("tiny.gml:");
        assertThatThrownBy(() -> parse(GML.substring(0, GML.lastIndexOf(']')), "tiny.gml"))
                .hasMessage("tiny.gml:36:1: unexpected end of file: a '[' is never closed");
        assertThatThrownBy(() -> parse("graph [ node [ id 0 label oops ] ]", "bad.gml"))
                .hasMessage("bad.gml:1:27: value of 'label' must be a number, a \"string\" or a [ list ] (found 'oops')");
    }

    @Test
    void graphmlWithTopologyZooKeys() {
        String graphml = """
                <?xml version="1.0" encoding="utf-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key attr.name="Network" attr.type="string" for="graph" id="d0" />
                  <key attr.name="Latitude" attr.type="double" for="node" id="d29" />
                  <key attr.name="Longitude" attr.type="double" for="node" id="d32" />
                  <key attr.name="label" attr.type="string" for="node" id="d33" />
                  <key attr.name="LinkLabel" attr.type="string" for="edge" id="d37" />
                  <graph edgedefault="undirected">
                    <data key="d0">Tiny</data>
                    <node id="0"><data key="d29">48.86</data><data key="d32">2.35</data><data key="d33">Paris</data></node>
                    <node id="1"><data key="d29">51.51</data><data key="d32">-0.13</data><data key="d33">London</data></node>
                    <edge source="0" target="1"><data key="d37">10 Gbps</data></edge>
                    <edge source="1" target="0"><data key="d37">2x10Gb/s</data></edge>
                  </graph>
                </graphml>
                """;
        TopologyDocument doc = parse(graphml, "tiny.graphml");
        TeSnapshot s = doc.snapshot();
        assertThat(doc.name()).isEqualTo("Tiny");
        assertThat(s.linkCount()).isEqualTo(4);
        assertThat(s.link(s.linkIndex("L2")).from()).isEqualTo("London");
        assertThat(s.maxBandwidth(s.linkIndex("L2"))).isEqualTo(20e9 / 8);
        assertThat(s.node(0).hasCoordinates()).isTrue();
        assertThatThrownBy(() -> parse(graphml.replace("target=\"1\">", "target=\"7\">"), "tiny.graphml"))
                .hasMessage("tiny.graphml:12: edge references unknown node 7");
        assertThatThrownBy(() -> parse(graphml.replace("</graph>", ""), "tiny.graphml"))
                .hasMessageStartingWith("tiny.graphml:15:").hasMessageContaining("not well-formed XML");
    }

    @Test
    void net2planPairsLinksAndMapsLengthAndSrgs() {
        String n2p = """
                <?xml version='1.0' encoding='UTF-8'?>
                <network description="tiny" name="Tiny" version="6">
                  <node id="0" name="Paris" xCoord="2.35" yCoord="48.86"/>
                  <node id="1" name="London" xCoord="-0.13" yCoord="51.51"/>
                  <layer id="1" name="WDM" isDefaultLayer="true">
                    <link id="5" originNodeId="0" destinationNodeId="1" capacity="40.0" lengthInKm="400" propagationSpeedInKmPerSecond="200000.0"/>
                    <link id="6" originNodeId="1" destinationNodeId="0" capacity="0.0" lengthInKm="400" propagationSpeedInKmPerSecond="200000.0"/>
                    <link id="7" originNodeId="0" destinationNodeId="1" capacity="10.0" lengthInKm="410"/>
                  </layer>
                  <layer id="2" name="IP" isDefaultLayer="false">
                    <link id="9" originNodeId="0" destinationNodeId="1" capacity="1.0" lengthInKm="400"/>
                  </layer>
                  <srg id="77" links="5 6"/>
                </network>
                """;
        TeSnapshot s = parse(n2p, "tiny.n2p").snapshot();
        assertThat(s.linkCount()).isEqualTo(3);
        int l5 = s.linkIndex("L5");
        assertThat(s.link(s.reverse(l5)).id()).isEqualTo("L6");
        assertThat(s.reverse(s.linkIndex("L7"))).isEqualTo(-1);
        assertThat(s.maxBandwidth(l5)).isEqualTo(40 * ImportOptions.GBPS);
        assertThat(s.maxBandwidth(s.linkIndex("L6"))).isEqualTo(ImportOptions.defaults().defaultCapacity()); // 0 = not dimensioned
        assertThat(s.delayMicros(l5)).isEqualTo(2000);
        assertThat(s.igpMetric(s.linkIndex("L7"))).isEqualTo(410);
        assertThat(s.srlg(l5, 0)).isEqualTo(77);
        assertThat(s.srlgCount(s.linkIndex("L7"))).isZero();
        assertThatThrownBy(() -> parse(n2p.replace("destinationNodeId=\"1\" capacity=\"40.0\"", "destinationNodeId=\"3\" capacity=\"40.0\""), "tiny.n2p"))
                .hasMessage("tiny.n2p:6: link 5 references unknown node 3");
        assertThatThrownBy(() -> parse(n2p.replace("capacity=\"40.0\"", "capacity=\"-40\""), "tiny.n2p"))
                .hasMessage("tiny.n2p:6: link 5: capacity must be ≥ 0 (got -40.0)");
        assertThatThrownBy(() -> parse(n2p.replace("capacity=\"40.0\"", "capacity=\"lots\""), "tiny.n2p"))
                .hasMessage("tiny.n2p:6: <link> attribute capacity=\"lots\" is not a number");
    }

    @Test
    void unknownFormatsAndMissingFilesAreNamed() {
        assertThatThrownBy(() -> parse("hello", "notes.doc"))
                .hasMessage("notes.doc: unknown topology format; use one of the extensions .json, .yaml, .yml, .txt, .gml, .graphml, .n2p");
        assertThatThrownBy(() -> TopologyFiles.load(java.nio.file.Path.of("/nonexistent/x.json")))
                .hasMessage("/nonexistent/x.json: no such file");
        assertThat(parse("graph [ node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]", "mystery").snapshot().linkCount())
                .isEqualTo(2); // no extension: recognised by content
    }
}
