package org.pathwise.session.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The event loops every session of a process shares: epoll on Linux when the native library
 * loads, NIO otherwise. One transport carries thousands of sessions (each confined to one loop);
 * there is never a thread per session. Also holds the registry enforcing one session per pair of
 * speakers across servers and clients on this transport.
 */
public final class SessionTransport implements AutoCloseable {
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final boolean epoll;
    private final SessionRegistry registry = new SessionRegistry();

    private SessionTransport(int threads, boolean useEpoll) {
        this.epoll = useEpoll;
        IoHandlerFactory io = useEpoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.acceptors = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("pcep-accept", true), io);
        this.workers = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("pcep-io", true), io);
    }

    /** {@code threads} I/O threads (0: Netty's default, 2 × cores), epoll when available. */
    public static SessionTransport create(int threads) {
        return new SessionTransport(threads, Epoll.isAvailable());
    }

    /** NIO regardless of platform (tests of the portable path). */
    public static SessionTransport nio(int threads) {
        return new SessionTransport(threads, false);
    }

    public boolean isEpoll() {
        return epoll;
    }

    /** Why epoll is not used, for a clear error when a feature needs it (TCP-MD5). */
    public static String epollUnavailabilityCause() {
        Throwable cause = Epoll.unavailabilityCause();
        return cause == null ? "epoll is available" : cause.toString();
    }

    public EventLoopGroup acceptors() {
        return acceptors;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    public Class<? extends ServerChannel> serverChannel() {
        return epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    public Class<? extends SocketChannel> clientChannel() {
        return epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    public SessionRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
