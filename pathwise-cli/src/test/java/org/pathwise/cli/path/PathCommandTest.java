package org.pathwise.cli.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.cli.PathwiseCommand;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;

/** {@code pathwise path}, run in-process as the launcher runs it, on a file written by the TED. */
class PathCommandTest {
    @TempDir
    Path dir;
    Path file;

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

    /** A-B-D cheap (te 1+1, 1 Gbit/s, SRLG 7), A-C-D wide (te 5+5, 10 Gbit/s), A-E-F-D (te 3 x3, 2 Gbit/s). */
    @BeforeEach
    void writeTopology() {
        TopologyBuilder b = TopologyBuilder.create();
        for (String n : new String[] {"A", "B", "C", "D", "E", "F"}) {
            b.addNode(Node.of(n));
        }
        add(b, "A", "B", 1, 1e9 / 8, 7);
        add(b, "B", "D", 1, 1e9 / 8, 0);
        add(b, "A", "C", 5, 10e9 / 8, 0);
        add(b, "C", "D", 5, 10e9 / 8, 0);
        add(b, "A", "E", 3, 2e9 / 8, 0);
        add(b, "E", "F", 3, 2e9 / 8, 0);
        add(b, "F", "D", 3, 2e9 / 8, 0);
        TeSnapshot s = b.build();
        file = dir.resolve("net.json");
        TopologyFiles.write(s, file);
    }

    private static void add(TopologyBuilder b, String x, String y, long te, double bw, int srlg) {
        b.addBidirectional(Link.builder(x + "-" + y, x, y).teMetric(te).igpMetric(te).maxBandwidth(bw)
                .srlgs(srlg == 0 ? new int[0] : new int[] {srlg}).build());
    }

    @Test
    void printsTheShortestPathWithItsMetrics() {
        Run r = run("path", "--topology", file.toString(), "--from", "A", "--to", "D");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("path      A > B > D").contains("te 2").contains("hops 2").contains("min unreserved 1G");
    }

    @Test
    void bandwidthBoundsAndExclusionsChangeTheRoute() throws Exception {
        assertThat(json("--bandwidth", "1.5G").get("paths").get(0).get("nodes").toString()).isEqualTo("[\"A\",\"E\",\"F\",\"D\"]");
        assertThat(json("--exclude", "srlg:7").get("paths").get(0).get("nodes").toString()).isEqualTo("[\"A\",\"E\",\"F\",\"D\"]");
        assertThat(json("--exclude", "B").get("paths").get(0).get("nodes").toString()).isEqualTo("[\"A\",\"E\",\"F\",\"D\"]");
        assertThat(json("--bound", "hop<=2", "--exclude", "link:A-B").get("paths").get(0).get("nodes").toString())
                .isEqualTo("[\"A\",\"C\",\"D\"]");
        assertThat(json("--include", "E").get("paths").get(0).get("te").asLong()).isEqualTo(9);
        assertThat(json("--of", "MBP").get("paths").get(0).get("nodes").toString()).isEqualTo("[\"A\",\"C\",\"D\"]");
    }

    @Test
    void kPathsAndDisjointPairs() throws Exception {
        JsonNode k = json("--k", "3");
        assertThat(k.get("paths")).hasSize(3);
        assertThat(k.get("paths").get(2).get("te").asLong()).isEqualTo(10);
        JsonNode pair = json("--disjoint", "node");
        assertThat(pair.get("paths")).hasSize(2);
        assertThat(pair.get("sharing").get("nodes").asInt()).isZero();
        Run r = run("path", "--topology", file.toString(), "--from", "A", "--to", "D", "--disjoint", "srlg");
        assertThat(r.out()).contains("primary").contains("secondary");
    }

    @Test
    void noPathPrintsTheReasonAndExitsWithTwo() throws Exception {
        Run r = run("path", "--topology", file.toString(), "--from", "A", "--to", "D", "--bandwidth", "20G");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("no path: BANDWIDTH_UNAVAILABLE");
        JsonNode j = new ObjectMapper().readTree(run("path", "--topology", file.toString(), "--from", "A", "--to", "D",
                "--max-hops", "1", "--json").out());
        assertThat(j.get("found").asBoolean()).isFalse();
        assertThat(j.get("reason").asText()).isEqualTo("HOP_LIMIT_EXCEEDED");
        assertThat(j.get("unsatisfied").toString()).isEqualTo("[\"HOP_LIMIT\"]");
    }

    @Test
    void badInputNamesTheFlagAndTheFix() {
        Run r = run("path", "--topology", file.toString(), "--from", "A", "--to", "Q");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--to 'Q': no node with that id or address");
        r = run("path", "--topology", file.toString(), "--from", "A", "--to", "D", "--bound", "te=5");
        assertThat(r.err()).contains("write METRIC<=VALUE");
        r = run("path", "--topology", file.toString(), "--from", "A", "--to", "D", "--exclude", "N9");
        assertThat(r.err()).contains("--exclude 'N9': no node, link or SRLG");
        r = run("path", "--topology", dir.resolve("missing.json").toString(), "--from", "A", "--to", "D");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("missing.json");
    }

    private JsonNode json(String... extra) throws Exception {
        String[] args = new String[8 + extra.length];
        String[] base = {"path", "--topology", file.toString(), "--from", "A", "--to", "D", "--json"};
        System.arraycopy(base, 0, args, 0, 8);
        System.arraycopy(extra, 0, args, 8, extra.length);
        Run r = run(args);
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        return new ObjectMapper().readTree(r.out());
    }
}
