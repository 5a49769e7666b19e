package org.pathwise.pcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.transport.SessionTransport;

/**
 * A thousand PCCs, each from its own 127.0.x.y, on one shared two-thread transport against one
 * PCE: all come Up and each PCE-side session knows its own peer. Correctness only; setup rate and
 * memory belong in pathwise-bench; the printed rate is for information (docs/PERFORMANCE.md).
 */
class ManyPccsTest {
    static final int PCCS = 1000;

    @Test
    void aThousandPccsOnTwoThreads() throws Exception {
        try (PcepServer server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0),
                new SessionListener() {
                    @Override
                    public void onMessage(PcepSession session, Message message, long receivedNanos) {}
                });
                SessionTransport transport = SessionTransport.create(2)) {
            List<PccClient> clients = new ArrayList<>(PCCS);
            List<CompletableFuture<PcepSession>> ups = new ArrayList<>(PCCS);
            long start = System.nanoTime();
            for (int i = 0; i < PCCS; i++) {
                String source = "127.0." + (1 + i / 250) + "." + (1 + i % 250);
                PccClient c = new PccClient(transport, PccConfig.of(server.localAddress(), SessionConfig.pcc())
                        .withSource(new InetSocketAddress(source, 0)).withRequestTimeout(Duration.ofSeconds(5)),
                        PccHandler.NONE);
                clients.add(c);
                ups.add(c.start());
            }
            CompletableFuture.allOf(ups.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - start;
            System.err.printf("%d PCC sessions Up in %.2f s (%.0f sessions/s, shared machine)%n", PCCS,
                    elapsed / 1e9, PCCS / (elapsed / 1e9));
            assertThat(server.sessions()).hasSize(PCCS);
            assertThat(server.sessions()).allMatch(PcepSession::isUp);
            assertThat(server.sessions().stream().map(s -> s.peerAddress().getAddress()).distinct()).hasSize(PCCS);
            clients.forEach(PccClient::close);
        }
    }
}
