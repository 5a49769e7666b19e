package org.pathwise.cli.pathext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.cli.PathwiseCommand;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;

/** {@code pathwise path} extension modes end to end on a written topology file: exact JSON answers and exit codes. */
class PathExtCommandsTest {
    @TempDir
    static Path dir;
    static String topology;

    record Run(int status, JsonNode json, String err) {}

    /**
     * A square A-B-D / A-C-D (IGP 1 everywhere, so D's node SID from A is ECMP), TE metric 1 via B
     * and 2 via C, 10G per link, and a 4-channel grid where only channel 2 is free via B.
     */
    @BeforeAll
    static void writeTopology() {
        TopologyBuilder b = TopologyBuilder.create();
        String[] ids = {"A", "B", "C", "D"};
        for (int i = 0; i < ids.length; i++) {
            b.addNode(Node.of(ids[i]).withSr(SrNodeInfo.mpls(16000, 8000, i + 1)));
        }
        link(b, "ab", "A", "B", 1, 2);
        link(b, "bd", "B", "D", 1, 2);
        link(b, "ac", "A", "C", 2, 0);
        link(b, "cd", "C", "D", 2, 1);
        topology = dir.resolve("square.json").toString();
        TopologyFiles.write(b.build(), Path.of(topology));
    }

    private static void link(TopologyBuilder b, String id, String from, String to, long te, int freeChannel) {
        BitSet free = new BitSet();
        free.set(freeChannel);
        b.addBidirectional(Link.builder(id, from, to).igpMetric(1).teMetric(te).maxBandwidth(10e9 / 8)
                .wavelengths(free, 4).build());
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PathwiseCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        JsonNode json = out.toString().isBlank() ? null : new ObjectMapper().readTree(out.toString());
        return new Run(status, json, err.toString());
    }

    @Test
    void pathSrPrintsTheEcmpSafeSidList() throws Exception {
        Run r = run("path", "--topology", topology, "--from", "A", "--to", "D", "--sr", "--msd", "2", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.json().at("/path/nodes").toString()).isEqualTo("[\"A\",\"B\",\"D\"]");
        assertThat(r.json().at("/sids/0/label").asInt()).isEqualTo(16002);
        assertThat(r.json().at("/sids/1/label").asInt()).isEqualTo(16004);
        assertThat(r.json().at("/sids/1/type").asText()).isEqualTo("node");
        assertThat(r.json().at("/sids/1/nai").asText()).isEqualTo("absent");
    }

    @Test
    void pathSrBelowTheMsdIsNoPathWithExitTwo() throws Exception {
        Run r = run("path", "--topology", topology, "--from", "A", "--to", "D", "--sr", "--msd", "1", "--json");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.json().at("/found").asBoolean()).isFalse();
        assertThat(r.json().at("/reason").asText()).isEqualTo("SR_MSD_EXCEEDED");
    }

    @Test
    void pathLbSplitsOverBothRoutes() throws Exception {
        Run r = run("path", "--topology", topology, "--from", "A", "--to", "D", "--bandwidth", "15G",
                "--load-balance", "2", "--min-bandwidth", "1G", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.json().at("/shares/0/bandwidth").asText()).isEqualTo("10G");
        assertThat(r.json().at("/shares/0/path/nodes").toString()).isEqualTo("[\"A\",\"B\",\"D\"]");
        assertThat(r.json().at("/shares/1/bandwidth").asText()).isEqualTo("5G");
        assertThat(r.json().at("/shares/1/path/nodes").toString()).isEqualTo("[\"A\",\"C\",\"D\"]");
    }

    @Test
    void pathTreeReportsBranchesAndUnreachableLeaves() throws Exception {
        Run r = run("path", "--topology", topology, "--from", "A", "--to", "B", "--leaves", "D,Z", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.json().at("/cost").asLong()).isEqualTo(2);
        assertThat(r.json().at("/links").toString()).isEqualTo("[\"ab\",\"bd\"]");
        assertThat(r.json().at("/branches/1/path/nodes").toString()).isEqualTo("[\"A\",\"B\",\"D\"]");
        assertThat(r.json().at("/unreachable/Z/reason").asText()).isEqualTo("DESTINATION_UNKNOWN");
    }

    @Test
    void rwaFindsTheContinuousChannel() throws Exception {
        Run r = run("path", "--topology", topology, "--from", "A", "--to", "D", "--wavelength", "first-fit", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.json().at("/channel").asInt()).isEqualTo(2);
        assertThat(r.json().at("/path/nodes").toString()).isEqualTo("[\"A\",\"B\",\"D\"]");
        Run none = run("path", "--topology", topology, "--from", "A", "--to", "D", "--wavelength", "most-used", "--exclude", "B", "--json");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.json().at("/reason").asText()).isEqualTo("WAVELENGTH_UNAVAILABLE");
    }

    @Test
    void badExtensionFlagsAreExitOneWithTheReason() throws Exception {
        Run both = run("path", "--topology", topology, "--from", "A", "--to", "D", "--sr", "--wavelength", "first-fit");
        assertThat(both.status()).isEqualTo(1);
        assertThat(both.err()).startsWith("pathwise path: --sr, --load-balance, --leaves and --wavelength are separate");
        Run noDemand = run("path", "--topology", topology, "--from", "A", "--to", "D", "--load-balance", "2");
        assertThat(noDemand.status()).isEqualTo(1);
        assertThat(noDemand.err()).startsWith("pathwise path: --load-balance splits --bandwidth");
        Run policy = run("path", "--topology", topology, "--from", "A", "--to", "D", "--wavelength", "best-fit");
        assertThat(policy.status()).isEqualTo(1);
        assertThat(policy.err()).contains("--wavelength must be first-fit, random[:SEED] or most-used");
    }

    @Test
    void textOutputNamesTheSids() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = PathwiseCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        int status = cli.execute("path", "--topology", topology, "--from", "A", "--to", "D", "--sr");
        assertThat(status).isZero();
        assertThat(out.toString()).contains("path      A > B > D").contains("sids      16002 (node B), 16004 (node D)");
    }
}
