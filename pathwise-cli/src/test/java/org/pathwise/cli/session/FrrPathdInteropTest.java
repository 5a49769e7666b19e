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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;

/**
 * FRR 8.4.4 pathd, a real stateful SR PCC, against {@code pathwise serve} on loopback: the session
 * comes Up with the negotiated timers, everything FRR sends decodes, the session holds across 16 of
 * our keepalive periods and past FRR's 30-s traffic interval (FRR sends keepalives every 30 s
 * whatever its Open says), FRR's 30-s request retry (PCNtf cancel + PCReq) decodes, FRR's own view agrees,
 * and every byte Pathwise sent passes Wireshark's dissector without a malformed flag.
 *
 * <p>FRR sends its state-sync PCRpts only for active candidate paths; without kernel MPLS (a
 * container) the policy stays Inactive and FRR reports nothing. Whatever PCRpts do arrive must
 * decode and be delivered; the codec's FrrCaptureTest holds captured ones byte for byte.
 */
class FrrPathdInteropTest {
    static final PcepCodec CODEC = PcepCodec.standard();
    /** Long enough for FRR's first periodic keepalive and request retry, both at 30 s. */
    static final long HOLD_SECONDS = 33;

    @Test
    void frrPathdSessionAgainstServe() throws Exception {
        String missing = FrrPathd.unavailable() != null ? FrrPathd.unavailable() : Tshark.unavailable();
        if (missing != null) {
            System.err.println("*** SKIPPED FRR interop test: " + missing + " ***");
        }
        Assumptions.assumeTrue(missing == null, missing);

        WireCapture capture = new WireCapture();
        ServeCommand serve = new ServeCommand();
        serve.timers.keepalive = 2;
        serve.timers.deadTimer = 40;
        serve.timers.keepaliveRange = "1-255";
        serve.timers.deadTimerRange = "4-255";
        serve.timers.maxUnknownMessages = 5;
        serve.timers.maxUnknownRequests = 5;
        serve.timers.maxPendingRequests = 1024;
        serve.timers.maxMessageSize = 65535;
        SessionConfig config = serve.config().withHooks(capture);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        List<Message> delivered = new ArrayList<>();
        Path work = Files.createTempDirectory("pathwise-frr-capture-");
        try (ServeListener printer = new ServeListener(new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            SessionListener listener = new SessionListener() {
                @Override
                public void onUp(PcepSession s) {
                    printer.onUp(s);
                    events.add(s);
                }

                @Override
                public void onMessage(PcepSession s, Message m, long receivedNanos) {
                    printer.onMessage(s, m, receivedNanos);
                    synchronized (delivered) {
                        delivered.add(m);
                    }
                }

                @Override
                public void onDown(PcepSession s, SessionDown reason) {
                    printer.onDown(s, reason);
                    events.add(reason);
                }
            };
            int sourcePort = freePort();
            try (PcepServer server = PcepServer.start(config, new InetSocketAddress("127.0.0.1", 0), listener);
                    FrrPathd frr = FrrPathd.start(server.localAddress().getPort(), sourcePort,
                            "timer keep-alive 3 dead-timer 40")) {
                Object first = events.poll(30, TimeUnit.SECONDS);
                assertThat(first).as("FRR session Up within 30 s").isInstanceOf(PcepSession.class);
                PcepSession session = (PcepSession) first;
                Negotiated n = session.negotiated();
                assertThat(n.keepalive()).isEqualTo(2);
                assertThat(n.peerKeepalive()).isEqualTo(3);
                assertThat(n.deadTimer()).isEqualTo(40);
                assertThat(n.capabilities().stateful()).isTrue();
                assertThat(n.capabilities().lspUpdate()).isTrue();
                assertThat(n.capabilities().lspInstantiation()).isTrue();
                assertThat(n.capabilities().srMpls()).isTrue();
                assertThat(n.capabilities().peerMsd()).hasValue(4);
                assertThat(session.peerAddress().getPort()).isEqualTo(sourcePort);

                assertThat(events.poll(HOLD_SECONDS, TimeUnit.SECONDS)).as("session stays Up").isNull();
                assertThat(session.isUp()).isTrue();

                String vty = frr.vtysh("show sr-te pcep session");
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

        // Everything FRR sent decodes.
        Map<String, Integer> fromFrr = new TreeMap<>();
        for (byte[] m : capture.receivedMessages()) {
            DecodeResult r = CODEC.decode(m);
            assertThat(r).as("FRR message %s", java.util.HexFormat.of().formatHex(m))
                    .isInstanceOf(DecodeResult.Decoded.class);
            fromFrr.merge(((DecodeResult.Decoded) r).message().getClass().getSimpleName(), 1, Integer::sum);
        }
        System.err.println("FRR sent: " + fromFrr);
        assertThat(fromFrr).containsEntry("Open", 1);
        // FRR's 30-s keepalive is postponed by its 30-s request retry (any message resets it), so
        // what kept our DeadTimer (40 s) from expiring is the retry itself.
        assertThat(fromFrr.getOrDefault("Keepalive", 0)).as("keepalive answering our Open").isGreaterThanOrEqualTo(1);
        assertThat(fromFrr.getOrDefault("PcReq", 0)).as("request + its 30-s retry").isGreaterThanOrEqualTo(2);
        assertThat(fromFrr.getOrDefault("PcNtf", 0)).as("FRR cancels before retrying").isGreaterThanOrEqualTo(1);
        synchronized (delivered) {
            assertThat(delivered).hasAtLeastOneElementOfType(PcReq.class);
            assertThat(delivered).hasAtLeastOneElementOfType(PcNtf.class);
            assertThat(delivered.stream().filter(PcRpt.class::isInstance).count())
                    .isEqualTo(fromFrr.getOrDefault("PcRpt", 0).longValue());
        }

        // What Pathwise sent: our Open, keepalives every 2 s, the cancellations, never a PCErr.
        List<byte[]> sent = capture.sentMessages();
        Map<String, Integer> fromUs = new TreeMap<>();
        for (byte[] m : sent) {
            Message msg = ((DecodeResult.Decoded) CODEC.decode(m)).message();
            assertThat(msg).isNotInstanceOf(PcErr.class);
            fromUs.merge(msg.getClass().getSimpleName(), 1, Integer::sum);
        }
        System.err.println("Pathwise sent: " + fromUs);
        assertThat(fromUs).containsEntry("Open", 1);
        assertThat(fromUs.get("Keepalive")).isGreaterThanOrEqualTo((int) (HOLD_SECONDS / 2) - 1);
        assertThat(fromUs.getOrDefault("PcNtf", 0)).isEqualTo(fromFrr.get("PcReq"));

        List<String> dissected = Tshark.dissect(sent, work);
        assertThat(dissected).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String[] fields = dissected.get(i).split("\t", -1);
            assertThat(fields[0]).as("message %d type per tshark", i).isEqualTo(Integer.toString(sent.get(i)[1] & 0xff));
            assertThat(fields.length > 1 ? fields[1] : "").as("message %d _ws.malformed", i).isEmpty();
        }

        String json = printed.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"event\":\"up\"").contains("\"message\":\"PCReq\"");
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
