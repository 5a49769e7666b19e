package org.pathwise.session.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.security.SecurityHooks;

/**
 * A session reaching Up stops counting against {@code max-pending-connections} because the
 * transport tells its hooks ({@code TransportHooks.sessionUp}, before the listener's onUp), not
 * because the slow-read guard happened to see the right bytes go by.
 */
class PendingUntilUpTest {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void aPeerWhoseKeepaliveComesBeforeItsOpenIsNoLongerPendingOnceUp() throws Exception {
        SecurityHooks hooks = SecurityHooks.limitsOnly(LimitSettings.DEFAULTS);
        CompletableFuture<Integer> pendingAtUp = new CompletableFuture<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void onUp(PcepSession session) {
                pendingAtUp.complete(hooks.pendingConnections());
            }

            @Override
            public void onMessage(PcepSession session, Message message, long receivedNanos) {}
        };
        try (PcepServer pce = PcepServer.start(SessionConfig.pce().withHooks(hooks),
                new InetSocketAddress("127.0.0.1", 0), listener)) {
            // RFC 5440 §6.2 lets the Keepalive accepting the PCE's Open come before the peer's own
            // Open; the guard only releases on a Keepalive after the Open, so it never does here.
            byte[] keepaliveThenOpen = {
                0x20, 0x02, 0x00, 0x04,                         // Keepalive
                0x20, 0x01, 0x00, 0x0c,                         // Open, 12 bytes
                0x01, 0x10, 0x00, 0x08,                         // OPEN object: class 1, type 1, length 8
                0x20, 0x1e, 0x78, 0x01};                        // version 1, keepalive 30, DeadTimer 120, SID 1
            RawPeer pcc = RawPeer.connect(group, NioSocketChannel.class, pce.localAddress(),
                    new InetSocketAddress("127.0.0.1", 0), keepaliveThenOpen, new byte[0]);

            assertThat(pendingAtUp.get(10, TimeUnit.SECONDS)).as("released before onUp").isZero();
            assertThat(pcc.closedAfterNanos).isNotDone();
        }
    }
}
