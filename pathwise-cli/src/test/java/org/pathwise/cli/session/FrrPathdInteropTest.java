package org.pathwise.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.message.StateReport;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.tlv.Ipv4LspIdentifiersTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.SymbolicPathNameTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.PceServer;
import org.pathwise.server.Tshark;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.server.frr.FrrPathd;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.security.SecuritySettings;
import picocli.CommandLine;

/**
 * FRR 8.4.4 pathd, a real stateful SR PCC, against {@code pathwise serve} (its own wiring: the
 * capabilities it serves, the PCE answering requests) on loopback:
 *
 * <ul>
 *   <li>the session comes Up with the negotiated timers and capabilities;</li>
 *   <li>FRR synchronizes its LSP state (RFC 8231 §5.6): a PCRpt with the SYNC flag for the explicit
 *       candidate path of {@link FrrPathd}'s policy, whose LSP object carries what that
 *       configuration says (name POL1-CP1, endpoint 2.2.2.2, segment list SL1's labels), then
 *       the end-of-synchronization PCRpt (PLSP-ID 0, S clear), then its PCReq for the dynamic
 *       candidate path, which the PCE answers;</li>
 *   <li>everything FRR sent decodes without error;</li>
 *   <li>the session holds past our DeadTimer (40 s) on FRR's 30-s keepalives and ours every 2 s;</li>
 *   <li>FRR's {@code show sr-te pcep session} agrees (status, timers, capabilities, the count of
 *       reports it sent);</li>
 *   <li>every byte Pathwise sent passes Wireshark's dissector without a malformed flag.</li>
 * </ul>
 */
class FrrPathdInteropTest {
    static final PcepCodec CODEC = PcepCodec.standard();
    /** Past our DeadTimer (40 s): only FRR's periodic keepalive (every 30 s) can keep the session Up. */
    static final long HOLD_SECONDS = 45;
    static final int DEAD_TIMER = 40;

    @Test
    void frrPathdSynchronizesItsStateWithServeAndStaysUp() throws Exception {
        String missing = FrrPathd.unavailable() != null ? FrrPathd.unavailable() : Tshark.unavailable();
        if (missing != null) {
            System.err.println("*** SKIPPED FRR interop test: " + missing + " ***");
        }
        Assumptions.assumeTrue(missing == null, missing);

        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--listen", "127.0.0.1:0", "--keepalive", "2",
                "--deadtimer", Integer.toString(DEAD_TIMER));
        ServerConfig serverConfig = serve.serverConfig();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        WireCapture capture;
        String vty;
        String frrLog;
        long reportsWhenAsked;
        int sourcePort = freePort();
        try (PceServer pce = PceServer.fromConfig(serverConfig);
                JsonLinePrinter lines = JsonLinePrinter.start(new PrintStream(printed, true, StandardCharsets.UTF_8),
                        new SessionJson())) {
            ServeListener printer = new ServeListener(lines, pce, true);
            SessionListener listener = new SessionListener() {
                @Override
                public void onUp(PcepSession s) {
                    printer.onUp(s);
                    events.add(s);
                }

                @Override
                public void onMessage(PcepSession s, Message m, long receivedNanos) {
                    printer.onMessage(s, m, receivedNanos);
                }

                @Override
                public void onDown(PcepSession s, SessionDown reason) {
                    printer.onDown(s, reason);
                    events.add(reason);
                }
            };
            SecuritySettings.Wired wired = serve.wire(serverConfig, listener);
            capture = new WireCapture(wired.config().hooks());
            SessionConfig config = wired.config().withHooks(capture);
            InetSocketAddress bind = new InetSocketAddress(serverConfig.listenAddress(), serverConfig.port());
            try (PcepServer server = PcepServer.start(config, bind, wired.listener());
                    FrrPathd frr = FrrPathd.start(server.localAddress().getPort(), sourcePort,
                            "timer keep-alive 3 dead-timer 40")) {
                Object first = events.poll(30, TimeUnit.SECONDS);
                assertThat(first).as("FRR session Up within 30 s").isInstanceOf(PcepSession.class);
                PcepSession session = (PcepSession) first;
                Negotiated n = session.negotiated();
                assertThat(n.keepalive()).isEqualTo(2);
                assertThat(n.peerKeepalive()).isEqualTo(3);
                assertThat(n.deadTimer()).isEqualTo(DEAD_TIMER);
                assertThat(n.capabilities().stateful()).isTrue();
                assertThat(n.capabilities().lspUpdate()).isTrue();
                assertThat(n.capabilities().lspInstantiation()).isTrue();
                assertThat(n.capabilities().srMpls()).isTrue();
                assertThat(n.capabilities().peerMsd()).hasValue(4);
                assertThat(session.peerAddress().getPort()).isEqualTo(sourcePort);

                assertThat(events.poll(HOLD_SECONDS, TimeUnit.SECONDS)).as("session stays Up").isNull();
                assertThat(session.isUp()).isTrue();

                vty = frr.vtysh("show sr-te pcep session");
                frrLog = frr.log();
                reportsWhenAsked = decodeAll(capture.receivedMessages(), frrLog).stream()
                        .filter(PcRpt.class::isInstance).count();
                System.err.println(vty);
                System.err.println(frr.vtysh("show sr-te policy detail"));
                // FRR 8.4.4 prints the PCE port as a signed 16-bit number (40000 shows as -25536).
                assertThat(vty).contains("PCE IP 127.0.0.1 port " + (short) server.localAddress().getPort());
                assertThat(vty).contains("PCC IP 127.0.0.1 port " + sourcePort);
                assertThat(vty).contains("Session Status UP");
                assertThat(vty).contains("Timer: KeepAlive config 3");
                assertThat(vty).contains("Timer: DeadTimer config 40, pce-negotiated 40");
                assertThat(vty).contains("PCE Capabilities: [Stateful PCE] [SR TE PST]");
            }
        }

        List<Message> fromFrr = decodeAll(capture.receivedMessages(), frrLog);
        assertStateSync(fromFrr, frrLog);
        Map<String, Integer> frrCounts = counts(fromFrr);
        System.err.println("FRR sent: " + frrCounts);
        assertThat(frrCounts).containsEntry("Open", 1);
        assertThat(frrCounts.getOrDefault("Keepalive", 0)).as("the keepalive accepting our Open, then FRR's "
                + "periodic one that kept our %d-s DeadTimer from expiring", DEAD_TIMER).isGreaterThanOrEqualTo(2);
        assertThat(sentCount(vty, "Report")).as("FRR's count of reports sent, per show sr-te pcep session, "
                + "against the PCRpts received by then (FRR reports its LSPs removed when it stops)")
                .isEqualTo((int) reportsWhenAsked);

        // What Pathwise sent: our Open, keepalives every 2 s, an answer to every request, never a PCErr.
        List<byte[]> sent = capture.sentMessages();
        List<Message> fromUs = decodeAll(sent, frrLog);
        assertThat(fromUs).noneMatch(PcErr.class::isInstance);
        Map<String, Integer> ourCounts = counts(fromUs);
        System.err.println("Pathwise sent: " + ourCounts);
        assertThat(ourCounts).containsEntry("Open", 1);
        assertThat(ourCounts.get("Keepalive")).isGreaterThanOrEqualTo((int) (HOLD_SECONDS / 2) - 1);
        assertThat(ourCounts.getOrDefault("PcRep", 0)).as("every PCReq answered").isEqualTo(frrCounts.get("PcReq"));

        List<String> dissected = Tshark.dissect(sent, Files.createTempDirectory("pathwise-frr-capture-"));
        assertThat(dissected).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String[] fields = dissected.get(i).split("\t", -1);
            assertThat(fields[0]).as("message %d type per tshark", i).isEqualTo(Integer.toString(sent.get(i)[1] & 0xff));
            assertThat(fields.length > 1 ? fields[1] : "").as("message %d _ws.malformed", i).isEmpty();
        }

        String json = printed.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"event\":\"up\"").contains("\"message\":\"PCRpt\"").contains("\"message\":\"PCReq\"")
                .contains("\"event\":\"sent\"").contains("\"message\":\"PCRep\"");
    }

    /**
     * RFC 8231 §5.6: the PCC reports each LSP with S set, then ends the synchronization with a
     * PCRpt for PLSP-ID 0; only then does FRR ask for its dynamic path. With {@link FrrPathd}'s
     * configuration the one LSP to report is the explicit candidate path CP1 of policy POL1.
     */
    private static void assertStateSync(List<Message> fromFrr, String frrLog) {
        try {
            List<StateReport> reports = new ArrayList<>();
            int endOfSync = -1;
            for (int i = 0; i < fromFrr.size() && endOfSync < 0; i++) {
                if (fromFrr.get(i) instanceof PcRpt rpt) {
                    for (StateReport r : rpt.reports()) {
                        if (r.lsp().plspId() == 0) {
                            endOfSync = i;
                            assertThat(rpt.reports()).as("the end-of-sync PCRpt reports nothing else").hasSize(1);
                            assertThat(r.lsp().sync()).as("end of sync: S clear").isFalse();
                        } else {
                            reports.add(r);
                        }
                    }
                }
            }
            assertThat(endOfSync).as("an end-of-synchronization PCRpt (PLSP-ID 0)").isPositive();
            int firstRequest = indexOf(fromFrr, PcReq.class);
            assertThat(firstRequest).as("FRR's PCReq comes after the synchronization").isGreaterThan(endOfSync);

            assertThat(reports).as("state-sync reports before the end-of-sync marker").hasSize(1);
            StateReport cp1 = reports.get(0);
            assertThat(cp1.srp()).as("SRP-ID 0 (not a response), PST SR")
                    .contains(new Srp(ObjectFlags.P, false, 0, 0, List.of(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS))));
            Lsp lsp = cp1.lsp();
            assertThat(lsp.plspId()).as("FRR numbers its LSPs from 1; CP1 is the first").isEqualTo(1);
            assertThat(lsp.sync()).as("S: part of the state synchronization").isTrue();
            assertThat(lsp.delegate()).as("an explicit, locally configured path is not delegated").isFalse();
            assertThat(lsp.remove()).isFalse();
            assertThat(lsp.create()).as("configured on the router, not PCE-initiated").isFalse();
            // Without kernel MPLS (a container) zebra cannot install the policy: it stays GOING-UP.
            assertThat(lsp.operational()).isEqualTo(Lsp.GOING_UP);
            assertThat(lsp.tlvs()).as("LSP identifiers (source-address 127.0.0.1 → endpoint 2.2.2.2) and the "
                    + "symbolic name FRR makes of policy and candidate path names")
                    .contains(new Ipv4LspIdentifiersTlv(Ipv4Address.parse("127.0.0.1"), 0, 0,
                            Ipv4Address.parse("127.0.0.1"), Ipv4Address.parse("2.2.2.2")), SymbolicPathNameTlv.of("POL1-CP1"));
            assertThat(cp1.ero().orElseThrow().subobjects()).as("segment list SL1: labels 16010, 16030")
                    .containsExactly(new SrSubobject(false, NaiType.ABSENT, true, false, 16010L << 12, null),
                            new SrSubobject(false, NaiType.ABSENT, true, false, 16030L << 12, null));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nFRR sent: " + fromFrr + "\npathd log:\n" + frrLog, e);
        }
    }

    private static List<Message> decodeAll(List<byte[]> raw, String frrLog) {
        List<Message> messages = new ArrayList<>();
        for (byte[] m : raw) {
            DecodeResult r = CODEC.decode(m);
            assertThat(r).as("message %s decodes\npathd log:\n%s", HexFormat.of().formatHex(m), frrLog)
                    .isInstanceOf(DecodeResult.Decoded.class);
            messages.add(((DecodeResult.Decoded) r).message());
        }
        return messages;
    }

    private static Map<String, Integer> counts(List<Message> messages) {
        Map<String, Integer> counts = new TreeMap<>();
        messages.forEach(m -> counts.merge(m.getClass().getSimpleName(), 1, Integer::sum));
        return counts;
    }

    private static int indexOf(List<Message> messages, Class<? extends Message> type) {
        for (int i = 0; i < messages.size(); i++) {
            if (type.isInstance(messages.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The "Sent" column of a row of FRR's PCEP message statistics ("Message Report:  2  0"). */
    private static int sentCount(String vty, String row) {
        Matcher m = Pattern.compile("Message " + row + ":\\s+(\\d+)\\s+(\\d+)").matcher(vty);
        assertThat(m.find()).as("row %s in\n%s", row, vty).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
