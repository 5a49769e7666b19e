package org.pathwise.session.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.session.limits.Limit;
import org.pathwise.session.limits.LimitCounters;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.security.SecurityHooks;

/**
 * Real TCP on loopback against the real {@link PcepServer} (its state machine, timers and codec, with
 * {@link SecurityHooks}): 100 well-behaved PCCs hold sessions (keepalive 1 s, DeadTimer 6 s) and
 * send a PCReq every second, answered with NO-PATH by the test's listener, while
 * peers sending garbage, slowloris peers, silent peers, a one-source connection flood and a
 * many-source pending-connection flood hit the same listener. Every abuser is dropped by the
 * named limit; no good session misses a keepalive long enough to matter (gap below DeadTimer),
 * none is closed. Bounded: about 25 s, 2,000 connections, all loopback.
 */
class AbuseTest {
    private static final LimitSettings LIMITS = LimitSettings.DEFAULTS
            .withConnectionRates(2, 5, 1_000, 2_000)
            .withMaxPendingConnections(200)
            .withSlowReads(Duration.ofSeconds(3), 100, Duration.ofSeconds(2));
    private static final int GOOD = 100;
    private static final int RUN_SECONDS = 12;

    private EventLoopGroup clients;
    private Class<? extends Channel> clientType;
    private PcepServer server;
    private SecurityHooks hooks;
    private final AtomicInteger sessionsDown = new AtomicInteger();

    /** Answers every request at once with NO-PATH: the test is about the transport, not paths. */
    private final SessionListener answering = new SessionListener() {
        @Override
        public void onMessage(PcepSession session, Message message, long receivedNanos) {
            if (message instanceof PcReq req) {
                session.send(new PcRep(List.of(), req.requests().stream()
                        .map(r -> Response.of(r.objects().get(0), new NoPath(ObjectFlags.NONE, 0, false, List.of())))
                        .toList()));
            }
        }

        @Override
        public void onDown(PcepSession session, SessionDown reason) {
            sessionsDown.incrementAndGet();
        }
    };

    @BeforeEach
    void start() throws Exception {
        boolean epoll = Epoll.isAvailable();
        clients = new MultiThreadIoEventLoopGroup(2, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        clientType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
        hooks = SecurityHooks.limitsOnly(LIMITS);
        SessionConfig config = SessionConfig.pce()
                .withTimers(KeepaliveClient.KEEPALIVE_SECONDS, KeepaliveClient.DEAD_TIMER_SECONDS)
                .withHooks(hooks);
        server = PcepServer.start(config, new InetSocketAddress("127.0.0.1", 0), answering);
    }

    @AfterEach
    void stop() {
        server.close();
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private InetSocketAddress pce() {
        return server.localAddress();
    }

    private static InetSocketAddress source(int subnet, int host) {
        return new InetSocketAddress("127.0." + subnet + "." + host, 0);
    }

    @Test
    void abusersAreDroppedWhileHundredSessionsKeepTheirKeepalives() throws Exception {
        List<KeepaliveClient> good = new ArrayList<>();
        for (int i = 1; i <= GOOD; i++) {
            good.add(KeepaliveClient.connect(clients, clientType, pce(), source(1, i)));
        }
        CompletableFuture.allOf(good.stream().map(c -> c.up).toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        for (int i = 0; i < 100 && hooks.pendingConnections() > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(50); // the PCE is Up one Keepalive after the PCC
        }
        assertThat(hooks.pendingConnections()).as("Up sessions are no longer pending").isZero();
        good.forEach(KeepaliveClient::resetCounters);
        long runStart = System.nanoTime();

        byte[] http = "GET / HTTP/1.1\r\nHost: pce\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        List<RawPeer> garbage = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            garbage.add(RawPeer.connect(clients, clientType, pce(), source(3, i), http, new byte[0]));
        }
        // An Open trickled one byte per second after its first byte.
        byte[] openTail = {0x01, 0x00, 0x0c, 0x01, 0x10, 0x00, 0x08, 0x20, 0x1e, 0x78, 0x01};
        List<RawPeer> slowloris = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            slowloris.add(RawPeer.connect(clients, clientType, pce(), source(4, i), new byte[] {0x20}, openTail));
        }
        List<RawPeer> silent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            silent.add(RawPeer.connect(clients, clientType, pce(), source(5, i), new byte[0], new byte[0]));
        }
        List<RawPeer> flood = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            flood.add(RawPeer.connect(clients, clientType, pce(), source(2, 1), new byte[0], new byte[0]));
        }
        List<RawPeer> pendingFlood = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pendingFlood.add(RawPeer.connect(clients, clientType, pce(), source(6 + i / 200, 1 + i % 200), new byte[0], new byte[0]));
        }

        List<RawPeer> everyAbuser = new ArrayList<>();
        List.of(garbage, slowloris, silent, flood, pendingFlood).forEach(everyAbuser::addAll);
        CompletableFuture.allOf(everyAbuser.stream().map(p -> p.closedAfterNanos).toArray(CompletableFuture[]::new))
                .get(RUN_SECONDS, TimeUnit.SECONDS);

        long left = TimeUnit.SECONDS.toNanos(RUN_SECONDS) - (System.nanoTime() - runStart);
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left); // the good sessions keep running for the whole window
        }
        good.forEach(KeepaliveClient::finish);
        good.forEach(KeepaliveClient::stopRequests);
        for (int i = 0; i < 100 && good.stream().anyMatch(c -> c.repliesReceived < c.requestsSent); i++) {
            TimeUnit.MILLISECONDS.sleep(50); // replies to the last requests in flight
        }

        LimitCounters counters = hooks.counters();
        for (RawPeer p : garbage) {
            // The PCE's Open goes out when TCP comes up (RFC 5440 §6.2); then the answer to garbage.
            assertThat(p.messages()).as("garbage gets the codec's answer to a foreign version").hasSize(3);
            assertThat(p.messages().get(0)).isInstanceOf(Open.class);
            assertThat(p.messages().subList(1, 3)).containsExactly(PcErr.of(1, 8), Close.of(3));
        }
        assertThat(counters.count(Limit.NOT_PCEP)).isEqualTo(10);
        assertThat(slowloris).allSatisfy(p -> assertThat(p.closedAfterNanos.get()).as("slowloris dropped within 5 s")
                .isLessThan(TimeUnit.SECONDS.toNanos(5)));
        // Each trickler is caught by the rate check (after the 2 s grace) or, when a busy event loop
        // runs that check late, by the 3 s first-message timeout: either way within 5 s.
        assertThat(counters.count(Limit.SLOW_READ)).isBetween(1L, 10L);
        assertThat(counters.count(Limit.FIRST_MESSAGE_TIMEOUT)).as("silent peers, incl. pending-flood survivors")
                .isGreaterThanOrEqualTo(5);
        // One address opening 1,000 connections: the per-source rate (burst 5, 2/s) refuses nearly
        // all of them. On a loaded machine the global pending limit, shared with the half-open
        // flood below, may refuse some first; either way almost none is admitted (an admitted
        // connection gets the PCE's Open).
        assertThat(flood.stream().filter(p -> !p.messages().isEmpty()).count())
                .as("flood connections admitted").isLessThanOrEqualTo(30);
        assertThat(counters.count(Limit.SOURCE_RATE)).as("flood connections refused by the per-source rate")
                .isGreaterThanOrEqualTo(800);
        assertThat(counters.count(Limit.PENDING_CONNECTIONS)).as("400 half-open connections against max 200")
                .isGreaterThan(0);

        assertThat(sessionsDown.get()).as("sessions the PCE saw go down").isZero();
        for (KeepaliveClient c : good) {
            assertThat(c.closed).as("a good session was closed").isFalse();
            assertThat(c.requestsSent).as("requests in %d s", RUN_SECONDS).isGreaterThanOrEqualTo(RUN_SECONDS - 2);
            assertThat(c.repliesReceived).as("every request answered").isEqualTo(c.requestsSent);
            assertThat(c.wrongReplies).isZero();
            assertThat(c.messagesReceived).as("messages from the PCE in %d s", RUN_SECONDS)
                    .isGreaterThanOrEqualTo(RUN_SECONDS - 2);
            assertThat(c.longestSilenceNanos).as("longest silence of the PCE stays below the DeadTimer")
                    .isLessThan(TimeUnit.SECONDS.toNanos(KeepaliveClient.DEAD_TIMER_SECONDS));
        }
        long maxGapMillis = good.stream().mapToLong(c -> c.longestSilenceNanos).max().orElse(0) / 1_000_000;
        int minMessages = good.stream().mapToInt(c -> c.messagesReceived).min().orElse(0);
        int keepalives = good.stream().mapToInt(c -> c.keepalivesReceived).sum();
        int replies = good.stream().mapToInt(c -> c.repliesReceived).sum();
        System.out.printf("abuse run: %d good sessions, min messages from the PCE %d in %d s, longest silence %d ms,"
                + " %d PCReq answered, %d keepalives; limits: %s%n", GOOD, minMessages, RUN_SECONDS, maxGapMillis,
                replies, keepalives, java.util.Arrays.stream(Limit.values())
                        .map(l -> l.key() + "=" + counters.count(l)).toList());
        good.forEach(KeepaliveClient::close);
    }
}
