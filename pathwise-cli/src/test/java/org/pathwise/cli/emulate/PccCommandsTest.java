package org.pathwise.cli.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.bench.e2e.LocalPce;
import org.pathwise.cli.CliRun;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.io.TopologyFiles;

/** {@code pathwise pcc request} and {@code pathwise pcc emulate} against a Pathwise PCE in this process. */
class PccCommandsTest {
    private static LocalPce pce;
    private static String address;


    @BeforeAll
    static void startPce() throws InterruptedException {
        pce = LocalPce.start(TopologyFiles.bundled(TopologyFiles.BUNDLED_NAMES.get(0)), ServerConfig.builder().build(), 1);
        address = "127.0.0.1:" + pce.address().getPort();
    }

    @AfterAll
    static void stopPce() {
        pce.close();
    }


    @Test
    void requestPrintsThePcRepAsJsonAndThePathByName() throws Exception {
        CliRun r = CliRun.of("pcc", "request", "--pce", address, "--from", "NL", "--to", "GR");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode rep = new ObjectMapper().readTree(r.out());
        assertThat(rep.get("message").asText()).isEqualTo("PCRep");
        assertThat(r.out()).contains("\"object\" : \"ERO\"");
        assertThat(r.err()).containsPattern("(?m)^  NL → .* → GR  \\(\\d+ hops, TE metric [\\d,]+\\)$");
    }

    @Test
    void srRequestShowsTheLabelStackAndDisjointShowsTwoPaths() {
        CliRun sr = CliRun.of("pcc", "request", "--pce", address, "--from", "PT", "--to", "FI", "--sr");
        assertThat(sr.status()).as(sr.err()).isZero();
        assertThat(sr.err()).containsPattern("SR label stack \\[16\\d{3} \\(");
        CliRun pair = CliRun.of("pcc", "request", "--pce", address, "--from", "NL", "--to", "DE", "--disjoint", "link");
        assertThat(pair.status()).as(pair.err()).isZero();
        assertThat(pair.err().lines().filter(l -> l.startsWith("  NL → "))).hasSize(2);
    }

    @Test
    void anUnknownNodeIsNamedWithTheChoices() {
        CliRun r = CliRun.of("pcc", "request", "--pce", address, "--from", "XX", "--to", "GR");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--from 'XX' is neither a node of the topology nor an IPv4 address; nodes: [NL, BE,");
    }

    @Test
    void emulateWritesTheTableAndTheJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");
        CliRun r = CliRun.of("pcc", "emulate", "--pce", address, "--sessions", "10", "--rate", "200", "--duration", "1s",
                "--constraints", "shortest=3,disjoint=1", "--interarrival", "constant", "--json", json.toString());
        assertThat(r.status()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("10 sessions Up in", "answered in window", "latency from intended send");
        JsonNode report = new ObjectMapper().readTree(Files.readString(json));
        assertThat(report.get("sessions").asInt()).isEqualTo(10);
        assertThat(report.get("sent").asLong()).isEqualTo(199); // constant 200/s, gaps at 5 ms, 10 ms, … < 1 s
        assertThat(report.get("paths").asLong() + report.get("noPaths").asLong()).isEqualTo(199);
        assertThat(report.get("errors").asLong()).isZero();
        assertThat(report.get("timeouts").asLong()).isZero();
    }

    @Test
    void emulateJsonAloneGoesToStdout() throws Exception {
        CliRun r = CliRun.of("pcc", "emulate", "--pce", address, "--sessions", "3", "--window", "2", "--duration", "500ms",
                "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("pacing").asText()).isEqualTo("closed loop, window 2 per session");
        assertThat(report.get("paths").asLong()).isPositive();
    }
}
