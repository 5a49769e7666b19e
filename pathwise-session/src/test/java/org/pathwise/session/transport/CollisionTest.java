package org.pathwise.session.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.negotiation.SessionIds;

/**
 * Two speakers (127.0.0.1 and 127.0.0.2, each a listener and a connector on its own transport)
 * connect to each other at once: exactly one session survives, the same TCP connection on both
 * sides, and it is the one the higher address (127.0.0.2) initiated, however the two
 * establishments interleave.
 */
class CollisionTest {
    static final SessionListener QUIET = new SessionListener() {
        @Override
        public void onMessage(PcepSession session, Message message, long receivedNanos) {}
    };

    @Test
    void simultaneousConnectsLeaveOneSession() throws Exception {
        try (SessionTransport a = SessionTransport.create(1); SessionTransport b = SessionTransport.create(1);
                PcepServer serverA = PcepServer.start(a, SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0), QUIET);
                PcepServer serverB = PcepServer.start(b, SessionConfig.pce(), new InetSocketAddress("127.0.0.2", 0), QUIET)) {
            CompletableFuture<PcepSession> fromA = Connections.connect(a, SessionConfig.pcc(), serverB.localAddress(),
                    new InetSocketAddress("127.0.0.1", 0), QUIET, new SessionIds(), 5000);
            CompletableFuture<PcepSession> fromB = Connections.connect(b, SessionConfig.pcc(), serverA.localAddress(),
                    new InetSocketAddress("127.0.0.2", 0), QUIET, new SessionIds(), 5000);
            CompletableFuture.allOf(fromA, fromB).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            List<PcepSession> upA = waitForOneUp(a);
            List<PcepSession> upB = waitForOneUp(b);
            assertThat(upA).hasSize(1);
            assertThat(upB).hasSize(1);
            assertThat(upA.get(0).localAddress()).isEqualTo(upB.get(0).peerAddress());
            assertThat(upA.get(0).peerAddress()).isEqualTo(upB.get(0).localAddress());
            assertThat(upA.get(0).role()).as("on 127.0.0.1, the survivor is the connection it accepted")
                    .isEqualTo(org.pathwise.session.Role.PCE);
            assertThat(upB.get(0).role()).as("on 127.0.0.2, the survivor is the connection it initiated")
                    .isEqualTo(org.pathwise.session.Role.PCC);
        }
    }

    /** The registry's Up sessions once the losers are gone (up to 10 s). */
    static List<PcepSession> waitForOneUp(SessionTransport t) throws InterruptedException {
        List<PcepSession> up = List.of();
        for (int i = 0; i < 100; i++) {
            up = t.registry().all().stream().filter(PcepSession::isUp).toList();
            if (up.size() == 1 && t.registry().size() == 1) {
                return up;
            }
            Thread.sleep(100);
        }
        return up;
    }
}
