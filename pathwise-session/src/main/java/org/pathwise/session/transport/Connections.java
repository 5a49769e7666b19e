package org.pathwise.session.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.negotiation.SessionIds;

/** Binds PCE listeners and opens PCC connections on a {@link SessionTransport}. */
public final class Connections {
    private Connections() {}

    /** Receive buffers grow and shrink with the traffic (64 B to 64 KiB), never 1-byte reads. */
    private static AdaptiveRecvByteBufAllocator receiveBuffers() {
        return new AdaptiveRecvByteBufAllocator(64, 2048, 65536);
    }

    /** Binds a PCE listener; returns the bound server channel (sync: called off the event loops). */
    public static Channel bind(SessionTransport transport, SessionConfig config, InetSocketAddress bind,
            SessionListener listener) throws InterruptedException {
        SessionIds ids = new SessionIds();
        ServerBootstrap b = new ServerBootstrap()
                .group(transport.acceptors(), transport.workers())
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.RECVBUF_ALLOCATOR, receiveBuffers())
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        PcepPipeline.install(ch, config, listener, transport.registry(), ids, false);
                    }
                });
        config.hooks().configureServer(b);
        return b.bind(bind).sync().channel();
    }

    /**
     * Connects a PCC to {@code pce}, from {@code source} when given (the emulator binds each PCC to
     * its own 127.x.y.z). The future completes when the session is Up, exceptionally with
     * {@link SessionFailedException} or the connect error otherwise.
     */
    public static CompletableFuture<PcepSession> connect(SessionTransport transport, SessionConfig config,
            InetSocketAddress pce, InetSocketAddress source, SessionListener listener, SessionIds ids,
            int connectTimeoutMillis) {
        CompletableFuture<PcepSession> result = new CompletableFuture<>();
        if (pce.isUnresolved()) {
            result.completeExceptionally(new IllegalArgumentException("PCE address " + pce + " is not resolved"));
            return result;
        }
        SessionHandler[] handler = new SessionHandler[1];
        Bootstrap b = new Bootstrap()
                .group(transport.workers())
                .channel(transport.clientChannel())
                // Addresses arrive resolved; Netty's default resolver group would also hook every
                // event loop's termination (run on GlobalEventExecutor's thread after shutdown).
                .resolver(io.netty.resolver.NoopAddressResolverGroup.INSTANCE)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .option(ChannelOption.RECVBUF_ALLOCATOR, receiveBuffers())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        handler[0] = PcepPipeline.install(ch, config, listener, transport.registry(), ids, true);
                        handler[0].upFuture().whenComplete((s, e) -> {
                            if (e != null) {
                                result.completeExceptionally(e);
                            } else {
                                result.complete(s);
                            }
                        });
                    }
                });
        config.hooks().configureClient(b, pce);
        ChannelFuture f = source == null ? b.connect(pce) : b.connect(pce, source);
        f.addListener(done -> {
            if (!done.isSuccess()) {
                SessionDown down = SessionDown.of(SessionDown.Cause.CONNECTION_LOST,
                        "connect to " + pce + " failed: " + done.cause());
                result.completeExceptionally(new SessionFailedException(down));
            }
        });
        return result;
    }
}
