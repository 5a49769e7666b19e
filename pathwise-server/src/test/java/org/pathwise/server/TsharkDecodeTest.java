package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.server.Pcep.bandwidth;
import static org.pathwise.server.Pcep.bound;
import static org.pathwise.server.Pcep.computed;
import static org.pathwise.server.Pcep.endpoints;
import static org.pathwise.server.Pcep.hop;
import static org.pathwise.server.Pcep.pcreq;
import static org.pathwise.server.Pcep.request;
import static org.pathwise.server.Pcep.rp;
import static org.pathwise.server.Pcep.rpSr;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.LoadBalancing;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;

/** Every kind of message the server sends decodes cleanly in Wireshark's PCEP dissector. */
class TsharkDecodeTest {

    @Test
    void everyReplyKindDecodesCleanlyInTshark(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Tshark.unavailable() == null,
                "TSHARK NOT INSTALLED: skipping the Wireshark decode check: " + Tshark.unavailable());
        ServerConfig.Builder b = ServerConfig.builder();
        b.workers = 1;
        b.queueCapacity = 1;
        b.queueLowWater = 0;
        b.overloadedDurationSeconds = 5;
        RecordingSession pcc = new RecordingSession("pcc", PeerCapabilities.sr(4));
        try (PceServer server = new PceServer(b.build(), new TeDatabase(TestNetwork.square()))) {
            server.sessionUp(pcc);
            List<PcReq> requests = List.of(
                    pcreq(request(rp(1), endpoints("1.1.1.1", "4.4.4.4"), computed(Metric.TE), computed(Metric.HOP_COUNT))),
                    pcreq(request(rp(2), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f),
                            new Lspa(ObjectFlags.P, 1, 0, 0, 3, 3, false, List.of()),
                            new Iro(ObjectFlags.P, List.of(hop("2.2.2.2", true))))),
                    pcreq(request(rp(3), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f), bound(Metric.TE, 15f))),
                    pcreq(request(rp(4), endpoints("1.1.1.1", "9.9.9.9"))),
                    pcreq(request(rp(5), endpoints("1.1.1.1", "4.4.4.4"), new ObjectiveFunction(ObjectFlags.P, 99, List.of()))),
                    pcreq(request(rpSr(6), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f))),
                    pcreq(request(rp(7), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(1050f),
                            new LoadBalancing(ObjectFlags.P, 2, 10f))),
                    pcreq(request(rp(8), endpoints("1.1.1.1", "4.4.4.4"), new Xro(ObjectFlags.P, false,
                            List.of(new Ipv4PrefixSubobject(false, Ipv4Address.parse("3.3.3.3"), 32, 1))))),
                    new PcReq(List.of(new Svec(ObjectFlags.P, true, false, false, false, false, List.of(9L, 10L))),
                            List.of(request(rp(9), endpoints("1.1.1.1", "4.4.4.4")),
                                    request(rp(10), endpoints("1.1.1.1", "4.4.4.4")))));
            for (PcReq r : requests) {
                server.message(pcc, r, System.nanoTime());
                pcc.next();
            }
            server.message(pcc, Notifications.cancelledByPcc(List.of(rp(99))), System.nanoTime());
            pcc.next();
            // Overload: hold the worker, fill the queue of 1, overflow it; then let it drain.
            pcc.holdWorkers();
            server.message(pcc, pcreq(request(rp(20), endpoints("1.1.1.1", "4.4.4.4"))), System.nanoTime());
            pcc.awaitWorkerHeld();
            server.message(pcc, pcreq(request(rp(21), endpoints("1.1.1.1", "4.4.4.4"))), System.nanoTime());
            server.message(pcc, pcreq(request(rp(22), endpoints("1.1.1.1", "4.4.4.4"))), System.nanoTime());
            pcc.release();
            for (int i = 0; i < 5; i++) {
                pcc.next(); // 2/1, refused 22, reply 20, 2/2, reply 21
            }
        }
        // The PCE cancelling (1/2) a request, as on shutdown.
        pcc.send(Notifications.cancelledByPce(List.of(rp(30))));
        List<byte[]> sent = List.copyOf(pcc.wire);
        List<String> lines = Tshark.dissect(sent, dir);
        // message types: PCRep 4, PCErr 6, PCNtf 5, one line per message, nothing malformed or flagged.
        assertThat(lines).hasSize(sent.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t", -1);
            assertThat(fields[0]).as("message %d type", i).isEqualTo(String.valueOf(sent.get(i)[1]));
            assertThat(fields.length > 1 ? fields[1] : "").as("message %d malformed", i).isEmpty();
            assertThat(fields.length > 2 ? fields[2] : "").as("message %d expert info", i).isEmpty();
        }
        assertThat(lines.stream().map(l -> l.split("\t")[0])).contains("4", "5", "6");
    }
}
