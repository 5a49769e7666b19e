package org.pathwise.session.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.negotiation.SessionIds;

/** Both roles over real TCP on loopback. */
class LoopbackSessionTest {
    final Events pceEvents = new Events();
    final Events pccEvents = new Events();
    PcepServer server;
    SessionTransport clients;

    static final class Events implements SessionListener {
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

        @Override
        public void onUp(PcepSession session) {
            queue.add("up");
        }

        @Override
        public void onMessage(PcepSession session, Message message, long receivedNanos) {
            queue.add(message);
        }

        @Override
        public void onDown(PcepSession session, SessionDown reason) {
            queue.add(reason);
        }

        @Override
        public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
            queue.add(reason);
        }

        Object next() throws InterruptedException {
            Object o = queue.poll(10, TimeUnit.SECONDS);
            assertThat(o).as("event within 10 s").isNotNull();
            return o;
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (clients != null) {
            clients.close();
        }
    }

    PcepSession connect(SessionConfig config) throws Exception {
        return Connections.connect(clients, config, server.localAddress(), null, pccEvents, new SessionIds(), 5000)
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void pccAndPceComeUpAndExchangeMessagesBothWays() throws Exception {
        server = PcepServer.start(SessionConfig.pce().withTimers(1, 4), new InetSocketAddress("127.0.0.1", 0),
                pceEvents);
        clients = SessionTransport.create(1);
        PcepSession pcc = connect(SessionConfig.pcc().withTimers(2, 8).withCapabilities(Advertised.statefulSrPcc(5)));
        assertThat(pceEvents.next()).isEqualTo("up");
        assertThat(pccEvents.next()).isEqualTo("up");
        assertThat(pcc.negotiated().keepalive()).isEqualTo(2);
        assertThat(pcc.negotiated().deadTimer()).isEqualTo(4);
        assertThat(pcc.negotiated().capabilities().stateful()).isTrue();
        PcepSession pce = server.sessions().get(0);
        assertThat(pce.negotiated().deadTimer()).isEqualTo(8);
        assertThat(pce.negotiated().capabilities().peerMsd()).hasValue(5);
        assertThat(pce.peerAddress().getPort()).isEqualTo(pcc.localAddress().getPort());

        pcc.send(PcErr.of(2, 0)); // from the test thread: hops to the event loop
        assertThat(pceEvents.next()).isEqualTo(PcErr.of(2, 0));
        pce.send(PcErr.of(3, 1));
        assertThat(pccEvents.next()).isEqualTo(PcErr.of(3, 1));

        pcc.close(1);
        assertThat(pccEvents.next()).isInstanceOfSatisfying(SessionDown.class,
                d -> assertThat(d.cause()).isEqualTo(SessionDown.Cause.LOCAL_CLOSE));
        assertThat(pceEvents.next()).isInstanceOfSatisfying(SessionDown.class,
                d -> assertThat(d.closeReason()).isEqualTo(1));
    }

    @Test
    void theWrittenCallbackRunsOnTheEventLoopAfterTheWriteAndNeverForADroppedMessage() throws Exception {
        server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0), pceEvents);
        clients = SessionTransport.create(1);
        PcepSession pcc = connect(SessionConfig.pcc());
        assertThat(pceEvents.next()).isEqualTo("up");
        PcepSession pce = server.sessions().get(0);

        BlockingQueue<String> written = new LinkedBlockingQueue<>();
        pce.send(PcErr.of(3, 1), () -> written.add(Thread.currentThread().getName()));
        assertThat(written.poll(10, TimeUnit.SECONDS)).as("callback thread").startsWith("pcep-io");
        assertThat(pccEvents.next()).isEqualTo("up");
        assertThat(pccEvents.next()).isEqualTo(PcErr.of(3, 1));

        pcc.close(1);
        assertThat(pceEvents.next()).isInstanceOf(SessionDown.class);
        pce.send(PcErr.of(3, 2), () -> written.add("after down"));
        // Tasks on one loop run in order: when this one has run, the dropped send has too.
        ((SessionHandler) pce).closeFuture().channel().eventLoop().submit(() -> { }).get(10, TimeUnit.SECONDS);
        assertThat(written).as("no callback for a message the down session dropped").isEmpty();
    }

    @Test
    void messagesSentFromSeveralThreadsArriveWholeAndInEachThreadsOrder() throws Exception {
        server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0), pceEvents);
        clients = SessionTransport.create(1);
        connect(SessionConfig.pcc());
        assertThat(pceEvents.next()).isEqualTo("up");
        assertThat(pccEvents.next()).isEqualTo("up");
        PcepSession pce = server.sessions().get(0);

        // Two "workers" hand over 100 replies each as fast as they can (the outbox path).
        Thread[] senders = new Thread[2];
        for (int t = 0; t < senders.length; t++) {
            int type = 20 + t;
            senders[t] = new Thread(() -> {
                for (int v = 0; v < 100; v++) {
                    pce.send(PcErr.of(type, v));
                }
            });
            senders[t].start();
        }
        for (Thread t : senders) {
            t.join();
        }
        int[] next = new int[senders.length];
        for (int i = 0; i < 200; i++) {
            PcErr e = (PcErr) pccEvents.next();
            var err = e.errors().get(0).errors().get(0);
            int sender = err.errorType() - 20;
            assertThat(err.errorValue()).as("sender %d's message order", sender).isEqualTo(next[sender]++);
        }
        assertThat(next).containsExactly(100, 100);
    }

    @Test
    void aServerAndItsOwnClientsMayShareOneTransportAndAddress() throws Exception {
        clients = SessionTransport.create(1);
        PcepServer shared = PcepServer.start(clients, SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0),
                pceEvents);
        try {
            PcepSession pcc = Connections.connect(clients, SessionConfig.pcc(), shared.localAddress(), null, pccEvents,
                    new SessionIds(), 5000).get(10, TimeUnit.SECONDS);
            assertThat(pceEvents.next()).isEqualTo("up");
            assertThat(pcc.isUp()).isTrue();
            assertThat(shared.sessions()).hasSize(1);
            assertThat(clients.registry().size()).isEqualTo(2);
        } finally {
            shared.close();
        }
    }

    @Test
    void aSecondSessionFromTheSameAddressIsRefusedWithPcErr9() throws Exception {
        server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0), pceEvents);
        clients = SessionTransport.create(1);
        connect(SessionConfig.pcc());
        assertThat(pceEvents.next()).isEqualTo("up");
        // A separate transport (registry) plays a second router instance on the same address.
        try (SessionTransport other = SessionTransport.create(1)) {
            var second = Connections.connect(other, SessionConfig.pcc(), server.localAddress(), null, pccEvents,
                    new SessionIds(), 5000);
            assertThat(pccEvents.next()).isEqualTo("up"); // the first session
            Object failure = pccEvents.next();
            assertThat(failure).isInstanceOfSatisfying(SessionDown.class,
                    d -> assertThat(d.error()).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(9)));
            assertThat(second).isCompletedExceptionally();
            assertThat(pceEvents.next()).isInstanceOfSatisfying(SessionDown.class,
                    d -> assertThat(d.cause()).isEqualTo(SessionDown.Cause.REJECTED));
        }
    }
}
