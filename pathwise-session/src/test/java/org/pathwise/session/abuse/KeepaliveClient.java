package org.pathwise.session.abuse;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.object.OpenObject;

/**
 * A well-behaved PCC reduced to what the abuse test needs: Open (Keepalive 1 s, DeadTimer 4 s),
 * Keepalive to accept the PCE's Open, then a Keepalive every second; it counts the PCE's
 * keepalives and remembers the longest silence between two of them.
 */
final class KeepaliveClient extends SimpleChannelInboundHandler<ByteBuf> {
    static final int KEEPALIVE_SECONDS = 1;
    static final int DEAD_TIMER_SECONDS = 4;
    private static final PcepCodec CODEC = PcepCodec.standard();

    final CompletableFuture<Void> up = new CompletableFuture<>();
    volatile int keepalivesReceived;
    volatile long longestSilenceNanos;
    volatile boolean closed;
    private long lastHeard;
    private boolean sawOpen;
    private Channel channel;

    static KeepaliveClient connect(EventLoopGroup group, Class<? extends Channel> type, InetSocketAddress pce,
            InetSocketAddress source) {
        KeepaliveClient client = new KeepaliveClient();
        ChannelFuture f = new Bootstrap().group(group).channel(type)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(65535, 2, 2, -4, 0), client);
                    }
                })
                .connect(pce, source);
        f.addListener(done -> {
            if (!done.isSuccess()) {
                client.up.completeExceptionally(done.cause());
            }
        });
        return client;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        send(new Open(new OpenObject(KEEPALIVE_SECONDS, DEAD_TIMER_SECONDS, 1, List.of())));
        ctx.channel().closeFuture().addListener(f -> {
            closed = true;
            up.completeExceptionally(new IllegalStateException("closed before Up"));
        });
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        if (!(CODEC.decode(frame.retainedDuplicate()) instanceof DecodeResult.Decoded d)) {
            return;
        }
        Message m = d.message();
        long now = System.nanoTime();
        if (m instanceof Open) {
            sawOpen = true;
            send(Keepalive.INSTANCE);
            ctx.executor().scheduleAtFixedRate(() -> send(Keepalive.INSTANCE), KEEPALIVE_SECONDS, KEEPALIVE_SECONDS,
                    TimeUnit.SECONDS);
        } else if (m instanceof Keepalive && sawOpen) {
            if (!up.isDone()) {
                up.complete(null);
            } else {
                keepalivesReceived++;
                longestSilenceNanos = Math.max(longestSilenceNanos, now - lastHeard);
            }
            lastHeard = now;
        }
    }

    /** Restarts the silence measurement (after the set-up phase). */
    void resetCounters() {
        channel.eventLoop().execute(() -> {
            keepalivesReceived = 0;
            longestSilenceNanos = 0;
            lastHeard = System.nanoTime();
        });
    }

    /** The silence since the last keepalive, counted into the longest at the end of a run. */
    void finish() {
        channel.eventLoop().execute(() -> longestSilenceNanos = Math.max(longestSilenceNanos, System.nanoTime() - lastHeard));
    }

    void close() {
        channel.close();
    }

    private void send(Message m) {
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.wrappedBuffer(CODEC.encode(m)));
        }
    }
}
