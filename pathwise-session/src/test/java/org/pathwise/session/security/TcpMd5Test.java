package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TCP-MD5 (RFC 2385) on loopback through the kernel: matching keys connect, a wrong or missing
 * key never completes the TCP handshake. Needs Linux epoll and a kernel with TCP_MD5SIG that lets
 * this process set it; skipped with the reason otherwise.
 */
class TcpMd5Test {
    private static EventLoopGroup epoll;
    private static Channel server;
    private static InetAddress loopback;

    @BeforeAll
    static void listen() throws Exception {
        loopback = InetAddress.getByName("127.0.0.1");
        Assumptions.assumeTrue(Epoll.isAvailable(), () -> "SKIPPED LOUDLY: TCP-MD5 test needs Linux epoll: " + TcpMd5.unavailableReason());
        epoll = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        server = new ServerBootstrap().group(epoll).channel(EpollServerSocketChannel.class)
                .childHandler(new ChannelInboundHandlerAdapter())
                .bind(new InetSocketAddress(loopback, 0)).sync().channel();
        try {
            TcpMd5.applyToServer(server, Map.of(loopback, TcpMd5.keyBytes("pathwise-md5")));
        } catch (RuntimeException e) {
            Assumptions.abort("SKIPPED LOUDLY: this kernel or process may not set TCP_MD5SIG (" + e + ")");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        if (epoll != null) {
            epoll.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private ChannelFuture connect(String key) {
        Bootstrap b = new Bootstrap().group(epoll).channel(EpollSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1500)
                .handler(new ChannelInboundHandlerAdapter());
        if (key != null) {
            TcpMd5.applyToClient(b, EpollSocketChannel.class, loopback, TcpMd5.keyBytes(key));
        }
        return b.connect(server.localAddress()).awaitUninterruptibly();
    }

    @Test
    void matchingKeysConnect() {
        ChannelFuture f = connect("pathwise-md5");
        assertThat(f.isSuccess()).as("connect with the right key: %s", f.cause()).isTrue();
        f.channel().close().syncUninterruptibly();
    }

    @Test
    void aWrongKeyNeverCompletesTheTcpHandshake() {
        ChannelFuture f = connect("not-the-key");
        assertThat(f.isSuccess()).isFalse();
        assertThat(f.cause()).hasMessageContaining("connection timed out");
    }

    @Test
    void noKeyAtAllIsDroppedToo() {
        ChannelFuture f = connect(null);
        assertThat(f.isSuccess()).isFalse();
        assertThat(f.cause()).hasMessageContaining("connection timed out");
    }

    @Test
    void nioGetsAClearError() throws Exception {
        EventLoopGroup nio = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel plain = new ServerBootstrap().group(nio).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInboundHandlerAdapter())
                    .bind(new InetSocketAddress(loopback, 0)).sync().channel();
            assertThatThrownBy(() -> TcpMd5.applyToServer(plain, Map.of(loopback, TcpMd5.keyBytes("k"))))
                    .isInstanceOf(TcpMd5UnsupportedException.class)
                    .hasMessageStartingWith("TCP-MD5 (RFC 2385) is configured but the transport is NioServerSocketChannel:"
                            + " only the Linux epoll transport can set TCP_MD5SIG");
            plain.close().sync();
        } finally {
            nio.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
