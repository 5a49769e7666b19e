package org.pathwise.server.tedwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.PceServer;
import org.pathwise.server.PeerCapabilities;
import org.pathwise.server.RecordingSession;
import org.pathwise.server.config.ServerConfig;

/** Requests keep being answered, each on a whole snapshot, while the topology file changes under them. */
class SwapUnderLoadTest {
    /** A→C direct (te 5) or, in the other version, only via B: both versions always have a path. */
    static String version(boolean direct) {
        return """
                nodes:
                  - {id: A, routerId: 1.1.1.1}
                  - {id: B, routerId: 2.2.2.2}
                  - {id: C, routerId: 3.3.3.3}
                links:
                  - {id: AB, from: A, to: B, bandwidth: 1G, teMetric: 10, fromAddress: 10.0.12.1, toAddress: 10.0.12.2}
                  - {id: BC, from: B, to: C, bandwidth: 1G, teMetric: 10, fromAddress: 10.0.23.2, toAddress: 10.0.23.3}
                """ + (direct
                ? "  - {id: AC, from: A, to: C, bandwidth: 1G, teMetric: 5, fromAddress: 10.0.13.1, toAddress: 10.0.13.3}\n"
                : "");
    }

    @Test
    void everyRequestIsAnsweredDuringSwapsWithOneVersionsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, version(true));
        ServerConfig.Builder b = ServerConfig.builder();
        b.topology = file;
        b.topologyPollMillis = 10;
        b.workers = 2;
        RecordingSession pcc = new RecordingSession("pcc", PeerCapabilities.RSVP_ONLY);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (PceServer server = PceServer.fromConfig(b.build())) {
            Thread writer = new Thread(() -> {
                boolean direct = false;
                while (writing.get()) {
                    try {
                        Path tmp = dir.resolve("next.yaml");
                        Files.writeString(tmp, version(direct));
                        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        direct = !direct;
                        Thread.sleep(15);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            writer.start();
            int n = 300;
            for (int id = 1; id <= n; id++) {
                server.message(pcc, PcReq.of(Request.of(Rp.of(id, 0, List.of()), new EndpointsIpv4(ObjectFlags.P,
                        Ipv4Address.parse("1.1.1.1"), Ipv4Address.parse("3.3.3.3")))), System.nanoTime());
                if (id % 20 == 0) {
                    Thread.sleep(10);
                }
            }
            int direct = 0;
            int viaB = 0;
            for (int i = 0; i < n; i++) {
                Response r = pcc.next(PcRep.class).responses().get(0);
                assertThat(r.noPath()).isEmpty();
                int hops = r.paths().get(0).ero().subobjects().size();
                assertThat(hops).isIn(1, 2);
                if (hops == 1) {
                    direct++;
                } else {
                    viaB++;
                }
            }
            writing.set(false);
            writer.join();
            assertThat(direct + viaB).isEqualTo(n);
            assertThat(server.ted().current().version()).isGreaterThan(2);
            assertThat(server.metrics().replied()).isEqualTo(n);
        }
    }
}
