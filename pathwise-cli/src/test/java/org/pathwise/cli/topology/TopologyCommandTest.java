package org.pathwise.cli.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.cli.PathwiseCommand;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.TopologyDocument;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;

/** The {@code pathwise topology} verbs, run in-process as the launcher runs them. */
class TopologyCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cmd = PathwiseCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void generateWritesADeterministicTopology() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.yaml");
        Run first = run("topology", "generate", "--model", "waxman", "--nodes", "200", "--links", "400", "--seed", "7", "--out", a.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("wrote " + a + ": 200 nodes, 800 links (400 adjacencies)\n");
        assertThat(run("topology", "generate", "--model", "WAXMAN", "--nodes", "200", "--degree", "4", "--seed", "7",
                "--out", b.toString()).exitCode()).isZero();
        TeSnapshot fromJson = TopologyFiles.load(a);
        TeSnapshot fromYaml = TopologyFiles.load(b);
        assertThat(fromJson.links()).isEqualTo(fromYaml.links());
        assertThat(fromJson.linkCount()).isEqualTo(800);
    }

    @Test
    void generateToStandardOutputIsJson() throws Exception {
        Run r = run("topology", "generate", "--model", "ring", "--nodes", "5", "--seed", "1", "--wavelengths", "8");
        assertThat(r.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("name").asText()).isEqualTo("ring-5n-5l-seed1");
        assertThat(doc.get("nodes")).hasSize(5);
        assertThat(doc.get("links")).hasSize(5);
    }

    @Test
    void badGenerateArgumentsAreExplained() {
        Run r = run("topology", "generate", "--model", "waxman", "--nodes", "10", "--links", "3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("pathwise: --links must be between 9 (a tree: the topology must be connected) and 45 "
                + "(every pair linked) for 10 nodes (got 3)\n");
        Run both = run("topology", "generate", "--model", "ba", "--nodes", "10", "--links", "20", "--degree", "3");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--links=M, --degree=D are mutually exclusive");
        Run model = run("topology", "generate", "--model", "erdos", "--nodes", "10");
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(model.err()).contains("Invalid value for option '--model'").contains("WAXMAN, BA, GRID, RING");
    }

    @Test
    void infoSummarisesAsTextAndJson() throws Exception {
        Path file = dir.resolve("grid.json");
        run("topology", "generate", "--model", "grid", "--nodes", "9", "--seed", "3", "--out", file.toString());
        Run text = run("topology", "info", file.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("grid-9n-12l-seed3\n")
                .contains("  nodes          9 (9 with coordinates)\n")
                .contains("  links          24 directed: 12 bidirectional adjacencies, 0 one-way\n")
                .contains("  out-degree     min 2, median 3, mean 2.67, max 4\n")
                .contains("  connectivity   connected (every node reaches every node)\n")
                .contains("  segment rtg    9 nodes with SRGB, 9 with node SID, 0 with SRv6 locator; 24 links with adjacency SID\n");
        Run json = run("topology", "info", file.toString(), "--json");
        JsonNode summary = new ObjectMapper().readTree(json.out());
        assertThat(summary.get("nodes").asInt()).isEqualTo(9);
        assertThat(summary.get("links").asInt()).isEqualTo(24);
        assertThat(summary.get("connectivity").get("stronglyConnected").asBoolean()).isTrue();
        assertThat(summary.get("outDegree").get("max").asInt()).isEqualTo(4);
    }

    @Test
    void infoReportsAOneWayTopologyAsNotStronglyConnected() throws Exception {
        Path file = dir.resolve("oneway.yaml");
        Files.writeString(file, """
                nodes: [{id: A}, {id: B}, {id: C}]
                links:
                  - {id: ab, from: A, to: B, bandwidth: 1G}
                  - {id: bc, from: B, to: C, bandwidth: 1G, bidirectional: false}
                """);
        Run r = run("topology", "info", file.toString(), "--json");
        JsonNode c = new ObjectMapper().readTree(r.out()).get("connectivity");
        assertThat(c.get("components").asInt()).isEqualTo(1);
        assertThat(c.get("stronglyConnected").asBoolean()).isFalse();
    }

    @Test
    void infoOnABadFileNamesFileAndLine() throws Exception {
        Path file = dir.resolve("topology.json");
        Files.writeString(file, """
                {
                  "nodes": [{"id": "N1"}],
                  "links": [{"id": "L7", "from": "N1", "to": "N99", "bandwidth": "10G"}]
                }
                """);
        Run r = run("topology", "info", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("pathwise: topology.json:3:46: link 'L7' references unknown node 'N99'\n");
        assertThat(run("topology", "info", dir.resolve("missing.json").toString()).err())
                .isEqualTo("pathwise: " + dir.resolve("missing.json") + ": no such file\n");
    }

    @Test
    void convertKeepsAttributionAndCanAddAddressing() throws Exception {
        Path gml = dir.resolve("tiny.gml");
        Files.writeString(gml, """
                graph [
                  Network "Tiny"
                  node [ id 0 label "A" Latitude 48.86 Longitude 2.35 ]
                  node [ id 1 label "B" Latitude 51.51 Longitude -0.13 ]
                  edge [ source 0 target 1 LinkLabel "10 Gbps" ]
                ]
                """);
        Path out = dir.resolve("tiny.yaml");
        Run r = run("topology", "convert", gml.toString(), out.toString(), "--add-addressing");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out + ": 2 nodes, 2 links\n");
        TopologyDocument doc = TopologyFiles.read(out);
        assertThat(doc.name()).isEqualTo("Tiny");
        assertThat(doc.attribution()).contains("CC BY 4.0");
        TeSnapshot s = doc.snapshot();
        assertThat(s.node(1).routerId().getHostAddress()).isEqualTo("10.0.0.2");
        assertThat(s.node(1).sr().nodeSidLabel()).isEqualTo(16001);
        assertThat(s.link(0).localAddress().getHostAddress()).isEqualTo("100.64.0.0");
        assertThat(s.link(1).localAddress().getHostAddress()).isEqualTo("100.64.0.1");
        assertThat(s.adjacencySidLabel(0)).isEqualTo(24000);
        assertThat(s.maxBandwidth(0)).isEqualTo(10e9 / 8);

        Run bad = run("topology", "convert", gml.toString(), dir.resolve("x.gml").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("pathwise: " + dir.resolve("x.gml")
                + ": Pathwise writes topologies as .json, .yaml or .yml; choose one of those\n");
    }
}
