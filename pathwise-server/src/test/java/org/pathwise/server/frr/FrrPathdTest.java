package org.pathwise.server.frr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.PeerCapabilities;
import org.pathwise.server.RecordingSession;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.server.PceServer;
import org.pathwise.server.PceService;
import org.pathwise.server.SessionBridge;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.PcepServer;
import org.pathwise.session.security.SecuritySettings;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/**
 * FRR pathd gets its dynamic candidate path from Pathwise: its PCReq (END-POINTS 127.0.0.1 →
 * 2.2.2.2, PST SR, BANDWIDTH, METRIC TE) is answered with an SR-ERO, and FRR's PCRpt for the
 * candidate path then carries that same SR-ERO.
 */
class FrrPathdTest {

    /**
     * R1 (127.0.0.1) — R2 (2.2.2.2) direct: IGP 10 but TE 100; R1 — R3 (3.3.3.3) — R2: IGP 10 + 10,
     * TE 10 + 10. The TE-shortest path R1-R3-R2 is not the IGP route to R2, so the SR-ERO needs two
     * node SIDs: 16003 (R3) then 16002 (R2), SRGB 16000.
     */
    static TeSnapshot triangle() {
        TopologyBuilder b = TopologyBuilder.create();
        b.addNode(node("R1", "127.0.0.1", 1));
        b.addNode(node("R2", "2.2.2.2", 2));
        b.addNode(node("R3", "3.3.3.3", 3));
        b.addBidirectional(Link.builder("R1-R2", "R1", "R2").igpMetric(10).teMetric(100).maxBandwidth(1.25e9).build());
        b.addBidirectional(Link.builder("R1-R3", "R1", "R3").igpMetric(10).teMetric(10).maxBandwidth(1.25e9).build());
        b.addBidirectional(Link.builder("R3-R2", "R3", "R2").igpMetric(10).teMetric(10).maxBandwidth(1.25e9).build());
        return b.build();
    }

    private static Node node(String id, String routerId, int index) {
        try {
            return new Node(id, id, (Inet4Address) InetAddress.getByName(routerId), null, List.of(),
                    SrNodeInfo.mpls(16000, 8000, index), Double.NaN, Double.NaN);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void frrInstallsTheSrEroPathwiseComputedAndReportsIt() throws Exception {
        String why = FrrPathd.unavailable();
        Assumptions.assumeTrue(why == null, why);
        ServerConfig.Builder b = ServerConfig.builder();
        b.listenAddress = "127.0.0.1";
        b.port = 0;
        b.workers = 1;
        ServerConfig config = b.build();
        LinkedBlockingQueue<Message> seen = new LinkedBlockingQueue<>();
        try (PceServer server = new PceServer(config, new TeDatabase(triangle()))) {
            SessionBridge bridge = new SessionBridge(server);
            SessionListener recording = new SessionListener() {
                @Override
                public void onUp(PcepSession session) {
                    bridge.onUp(session);
                }

                @Override
                public void onMessage(PcepSession session, Message message, long receivedNanos) {
                    seen.add(message);
                    bridge.onMessage(session, message, receivedNanos);
                }

                @Override
                public void onDown(PcepSession session, SessionDown reason) {
                    bridge.onDown(session, reason);
                }
            };
            SecuritySettings.Wired wired = PceService.wire(config, recording);
            try (PcepServer listener = PcepServer.start(wired.config(),
                    new InetSocketAddress("127.0.0.1", 0), wired.listener());
                    FrrPathd frr = FrrPathd.start(listener.localAddress().getPort(),
                            40000 + (int) (ProcessHandle.current().pid() % 9000), "timer keep-alive 30")) {
                PcReq req = next(seen, PcReq.class);
                assertThat(req.requests()).hasSize(1);
                // What Pathwise answered: the same request on the same TED gives the same reply.
                List<Subobject> answered = replyTo(req);
                assertThat(answered).containsExactly(
                        new SrSubobject(false, NaiType.IPV4_NODE, true, false, 16003L << 12,
                                new Nai.Ipv4Node(Ipv4Address.parse("3.3.3.3"))),
                        new SrSubobject(false, NaiType.IPV4_NODE, true, false, 16002L << 12,
                                new Nai.Ipv4Node(Ipv4Address.parse("2.2.2.2"))));
                List<Subobject> reported;
                try {
                    reported = awaitReport(seen, server);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\nFRR policy:\n" + frr.vtysh("show sr-te policy detail")
                            + "\nFRR PCEP:\n" + frr.vtysh("show sr-te pcep session") + "\nlog:\n" + frr.log(), e);
                }
                assertThat(reported).isEqualTo(answered);
                assertThat(frr.vtysh("show sr-te policy detail"))
                        .contains("Name: CP2  Type: dynamic  Segment-List: (created by PCE)");
            }
        }
    }

    /** The ERO Pathwise answers {@code req} with, from a server on the same TED (computation is deterministic). */
    private static List<Subobject> replyTo(PcReq req) {
        RecordingSession s = new RecordingSession("frr", PeerCapabilities.sr(4));
        try (PceServer again = new PceServer(ServerConfig.builder().build(), new TeDatabase(triangle()))) {
            again.message(s, req, System.nanoTime());
            return s.next(PcRep.class).responses().get(0).paths().get(0).ero().subobjects();
        }
    }

    /** The SR-ERO of FRR's first PCRpt for the computed candidate path (non-empty ERO after the PCReq). */
    private static List<Subobject> awaitReport(LinkedBlockingQueue<Message> seen, PceServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Message m = seen.poll(1, TimeUnit.SECONDS);
            if (m instanceof PcRpt rpt) {
                for (var report : rpt.reports()) {
                    var ero = report.first(Ero.class);
                    if (ero.isPresent() && !ero.get().subobjects().isEmpty()
                            && ero.get().subobjects().get(0) instanceof SrSubobject first && first.label() == 16003) {
                        return ero.get().subobjects();
                    }
                }
            }
        }
        throw new AssertionError("FRR sent no PCRpt carrying the computed SR-ERO within 60 s; metrics: "
                + server.metrics().toTable());
    }

    private static <T extends Message> T next(LinkedBlockingQueue<Message> seen, Class<T> type) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Message m = seen.poll(1, TimeUnit.SECONDS);
            if (type.isInstance(m)) {
                return type.cast(m);
            }
        }
        throw new AssertionError("FRR sent no " + type.getSimpleName() + " within 60 s");
    }
}
