package org.pathwise.session.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.security.Cidr;
import org.pathwise.session.security.PeerAllowlist;
import org.pathwise.session.security.SecurityHooks;
import org.pathwise.session.security.TcpMd5UnsupportedException;
import org.pathwise.session.limits.Limit;
import org.pathwise.session.limits.LimitSettings;

/** The allowlist over real TCP: outsiders are closed at accept and hear nothing; insiders get PCEP. */
class AllowlistTest {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void aPeerOutsideTheAllowlistIsClosedBeforeAnyPcepByte() throws Exception {
        PeerAllowlist<PeerSettings> allowlist = PeerAllowlist.of(List.of(
                new PeerAllowlist.Entry<>(Cidr.parse("127.0.1.0/24"), PeerSettings.DEFAULT)));
        SecurityHooks hooks = SecurityHooks.of(LimitSettings.DEFAULTS, allowlist);
        SessionConfig config = SessionConfig.pce().withPeers(allowlist::lookup).withHooks(hooks);
        try (PcepServer pce = PcepServer.start(config, new InetSocketAddress("127.0.0.1", 0),
                (session, message, received) -> {})) {
            InetSocketAddress address = pce.localAddress();
            KeepaliveClient inside = KeepaliveClient.connect(group, NioSocketChannel.class, address,
                    new InetSocketAddress("127.0.1.9", 0));
            inside.up.get(10, TimeUnit.SECONDS);

            byte[] open = {0x20, 0x01, 0x00, 0x0c, 0x01, 0x10, 0x00, 0x08, 0x20, 0x1e, 0x78, 0x01};
            RawPeer outside = RawPeer.connect(group, NioSocketChannel.class, address,
                    new InetSocketAddress("127.0.9.1", 0), open, new byte[0]);
            outside.closedAfterNanos.get(10, TimeUnit.SECONDS);
            assertThat(outside.messages()).as("not even a PCErr for an outsider").isEmpty();
            assertThat(hooks.counters().count(Limit.NOT_IN_ALLOWLIST)).isEqualTo(1);
            assertThat(inside.closed).isFalse();
            inside.close();
        }
    }

    @Test
    void md5KeysOnNioStopTheListenerWithTheReason() {
        PeerAllowlist<PeerSettings> allowlist = PeerAllowlist.of(List.of(new PeerAllowlist.Entry<>(Cidr.parse("127.0.0.1"),
                new PeerSettings(org.pathwise.session.TlsMode.OFF, Optional.of("k"), PeerSettings.DEFAULT.keepaliveRange(),
                        PeerSettings.DEFAULT.deadTimerRange()))));
        SecurityHooks hooks = SecurityHooks.of(LimitSettings.DEFAULTS, allowlist);
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class);
        assertThatThrownBy(() -> hooks.configureServer(b))
                .isInstanceOf(TcpMd5UnsupportedException.class)
                .hasMessageStartingWith("TCP-MD5 (RFC 2385) is configured for the PCE listener but the transport is NIO:"
                        + " only the Linux epoll transport can set TCP_MD5SIG");
    }
}
