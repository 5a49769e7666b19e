package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.message.*;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.object.UnknownObject;

/**
 * Wireshark's PCEP dissector as an independent decoder: every message of the test corpus goes
 * through text2pcap + tshark; none may be flagged malformed, and tshark's message type, object
 * classes and key fields must equal the model's. Skipped, loudly, without tshark.
 */
class TsharkInteropTest {
    private static final String[] FIELDS = {"frame.number", "pcep.msg", "pcep.object", "_ws.malformed",
            "_ws.expert.message", "pcep.obj.open.keepalive", "pcep.obj.open.deadtime", "pcep.obj.lsp.plsp-id",
            "pcep.obj.srp.id-number", "pcep.error.type", "pcep.error.value"};

    @BeforeAll
    static void needTshark() {
        boolean present = onPath("tshark") && onPath("text2pcap");
        if (!present) {
            System.err.println("*** TsharkInteropTest SKIPPED: tshark/text2pcap not installed "
                    + "(apt-get install -y tshark; .ci/run installs it) ***");
        }
        Assumptions.assumeTrue(present, "tshark and text2pcap are not installed: apt-get install -y tshark");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Name → wire bytes of everything the tests encode. */
    static Map<String, byte[]> corpus() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("FRR Open", SessionMessagesTest.FRR_OPEN);
        all.put("FRR PCRpt sync", FrrCaptureTest.FRR_PCRPT_SYNC);
        all.put("FRR PCRpt end of sync", FrrCaptureTest.FRR_PCRPT_END_OF_SYNC);
        all.put("FRR PCReq", FrrCaptureTest.FRR_PCREQ);
        MessageCorpus.all().forEach((name, m) -> all.put(name, CodecAssertions.CODEC.encode(m)));
        return all;
    }

    @Test
    void tsharkDecodesEveryCorpusMessageLikeTheModel(@TempDir Path dir) throws Exception {
        Map<String, byte[]> corpus = corpus();
        List<String> names = new ArrayList<>(corpus.keySet());
        StringBuilder dump = new StringBuilder();
        for (byte[] message : corpus.values()) {
            for (int i = 0; i < message.length; i += 16) {
                dump.append(String.format("%06x ", i));
                dump.append(HexFormat.ofDelimiter(" ").formatHex(Arrays.copyOfRange(message, i, Math.min(message.length, i + 16))));
                dump.append('\n');
            }
        }
        Path text = dir.resolve("corpus.txt");
        Path pcap = dir.resolve("corpus.pcap");
        Files.writeString(text, dump);
        run(dir, "text2pcap", "-q", "-4", "127.0.0.1,127.0.0.1", "-T", "40000,4189", text.toString(), pcap.toString());
        List<String> cmd = new ArrayList<>(List.of("tshark", "-r", pcap.toString(), "-o", "tcp.desegment_tcp_streams:FALSE",
                "-T", "fields", "-E", "occurrence=a", "-E", "separator=|", "-E", "aggregator=,"));
        for (String f : FIELDS) {
            cmd.add("-e");
            cmd.add(f);
        }
        List<String> lines = run(dir, cmd.toArray(String[]::new)).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("one tshark line per message").hasSize(corpus.size());

        CodecRegistry registry = CodecAssertions.CODEC.registry();
        for (int i = 0; i < lines.size(); i++) {
            String name = names.get(i);
            String[] f = lines.get(i).split("\\|", -1);
            Message m = CodecAssertions.decode(corpus.get(name));
            List<PcepObject> objects = objects(m);
            assertThat(f[3]).as("%s: tshark flags it malformed: %s", name, f[4]).isEmpty();
            assertThat(f[1]).as("%s: message type", name).isEqualTo(String.valueOf(registry.messageCodec(m).messageType()));
            assertThat(f[2]).as("%s: object classes", name).isEqualTo(join(objects.stream().map(o -> o instanceof UnknownObject u
                    ? u.objectClass() : registry.objectCodec(o).objectClass()).toList()));
            assertThat(f[5]).as("%s: keepalive", name).isEqualTo(join(of(objects, OpenObject.class).stream().map(OpenObject::keepalive).toList()));
            assertThat(f[6]).as("%s: deadtime", name).isEqualTo(join(of(objects, OpenObject.class).stream().map(OpenObject::deadTimer).toList()));
            assertThat(f[7]).as("%s: PLSP-IDs", name).isEqualTo(join(of(objects, Lsp.class).stream().map(Lsp::plspId).toList()));
            assertThat(f[8]).as("%s: SRP-IDs", name).isEqualTo(join(of(objects, Srp.class).stream().map(Srp::srpId).toList()));
            assertThat(f[9]).as("%s: error types", name).isEqualTo(join(of(objects, PcepError.class).stream().map(PcepError::errorType).toList()));
            assertThat(f[10]).as("%s: error values", name).isEqualTo(join(of(objects, PcepError.class).stream().map(PcepError::errorValue).toList()));
        }
    }

    private static <T> List<T> of(List<PcepObject> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String join(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    /** The message's objects in wire order. */
    static List<PcepObject> objects(Message m) {
        List<PcepObject> out = new ArrayList<>();
        switch (m) {
            case Open o -> out.add(o.object());
            case Keepalive k -> { }
            case StartTls s -> { }
            case Close c -> out.add(c.object());
            case PcReq r -> {
                out.addAll(r.leading());
                r.requests().forEach(x -> out.addAll(x.objects()));
            }
            case PcRep r -> {
                out.addAll(r.leading());
                r.responses().forEach(x -> out.addAll(x.objects()));
            }
            case PcNtf n -> n.notifies().forEach(x -> {
                out.addAll(x.requests());
                out.addAll(x.notifications());
            });
            case PcErr e -> {
                e.errors().forEach(x -> {
                    out.addAll(x.requests());
                    out.addAll(x.stateRequests());
                    out.addAll(x.errors());
                });
                if (e.open() != null) {
                    out.add(e.open());
                }
            }
            case PcMonReq r -> {
                out.add(r.monitoring());
                out.add(r.pccReqId());
                out.addAll(r.rest());
            }
            case PcMonRep r -> {
                out.add(r.monitoring());
                out.add(r.pccReqId());
                out.addAll(r.rest());
            }
            case PcRpt r -> r.reports().forEach(x -> out.addAll(x.objects()));
            case PcUpd u -> u.updates().forEach(x -> out.addAll(x.objects()));
            case PcInitiate i -> i.requests().forEach(x -> out.addAll(x.objects()));
        }
        return out;
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", cmd[0]).isTrue();
        assertThat(p.exitValue()).as("%s exit status; stderr: %s", cmd[0], err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
