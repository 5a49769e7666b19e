package org.pathwise.session.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.session.limits.Limit;
import org.pathwise.session.limits.LimitCounters;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.security.SecurityHooks;

/**
 * Real TCP on loopback: 100 well-behaved PCCs hold sessions (keepalive 1 s, DeadTimer 4 s) while
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

    private EventLoopGroup serverBoss;
    private EventLoopGroup serverWorkers;
    private EventLoopGroup clients;
    private Class<? extends ServerChannel> serverType;
    private Class<? extends Channel> clientType;
    private Channel listener;
    private SecurityHooks hooks;

    @BeforeEach
    void start() throws Exception {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        serverBoss = new MultiThreadIoEventLoopGroup(1, io);
        serverWorkers = new MultiThreadIoEventLoopGroup(2, io);
        clients = new MultiThreadIoEventLoopGroup(2, io);
        serverType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        clientType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
        hooks = SecurityHooks.limitsOnly(LIMITS);
        listener = MiniPce.start(serverBoss, serverWorkers, serverType, hooks, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        listener.close().syncUninterruptibly();
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        serverWorkers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        serverBoss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private InetSocketAddress pce() {
        return (InetSocketAddress) listener.localAddress();
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
        TimeUnit.MILLISECONDS.sleep(100);

        LimitCounters counters = hooks.counters();
        for (RawPeer p : garbage) {
            assertThat(p.messages()).as("garbage gets the codec's answer to a foreign version")
                    .containsExactly(PcErr.of(1, 8), Close.of(3));
        }
        assertThat(counters.count(Limit.NOT_PCEP)).isEqualTo(10);
        assertThat(slowloris).allSatisfy(p -> assertThat(p.closedAfterNanos.get()).as("slowloris dropped within 5 s")
                .isLessThan(TimeUnit.SECONDS.toNanos(5)));
        assertThat(counters.count(Limit.SLOW_READ)).isEqualTo(10);
        assertThat(counters.count(Limit.FIRST_MESSAGE_TIMEOUT)).as("silent peers, incl. pending-flood survivors")
                .isGreaterThanOrEqualTo(5);
        assertThat(counters.count(Limit.SOURCE_RATE)).as("one address opening 1,000 connections")
                .isGreaterThanOrEqualTo(950);
        assertThat(counters.count(Limit.PENDING_CONNECTIONS)).as("400 half-open connections against max 200")
                .isGreaterThan(0);

        for (KeepaliveClient c : good) {
            assertThat(c.closed).as("a good session was closed").isFalse();
            assertThat(c.keepalivesReceived).as("keepalives in %d s", RUN_SECONDS).isGreaterThanOrEqualTo(RUN_SECONDS - 2);
            assertThat(c.longestSilenceNanos).as("longest gap between keepalives stays below the 4 s DeadTimer")
                    .isLessThan(TimeUnit.SECONDS.toNanos(KeepaliveClient.DEAD_TIMER_SECONDS));
        }
        long maxGapMillis = good.stream().mapToLong(c -> c.longestSilenceNanos).max().orElse(0) / 1_000_000;
        int minKeepalives = good.stream().mapToInt(c -> c.keepalivesReceived).min().orElse(0);
        System.out.printf("abuse run: %d good sessions, min keepalives %d in %d s, longest gap %d ms; limits: %s%n",
                GOOD, minKeepalives, RUN_SECONDS, maxGapMillis, java.util.Arrays.stream(Limit.values())
                        .map(l -> l.key() + "=" + counters.count(l)).toList());
        good.forEach(KeepaliveClient::close);
    }
}
