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
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.types.Ipv4Address;

/**
 * A well-behaved PCC reduced to what the abuse test needs: Open (Keepalive 1 s, DeadTimer 6 s),
 * Keepalive to accept the PCE's Open, then a Keepalive and a PCReq every second; it counts what
 * the PCE sends (remembering the longest silence between two messages) and the PCReps answering
 * its requests by request id.
 */
final class KeepaliveClient extends SimpleChannelInboundHandler<ByteBuf> {
    static final int KEEPALIVE_SECONDS = 1;
    static final int DEAD_TIMER_SECONDS = 6; // 4 × keepalive plus room for a loaded CI machine
    private static final PcepCodec CODEC = PcepCodec.standard();

    final CompletableFuture<Void> up = new CompletableFuture<>();
    volatile int keepalivesReceived;
    volatile int messagesReceived;
    volatile int requestsSent;
    volatile int repliesReceived;
    volatile int wrongReplies;
    private long nextRequestId = 1;
    private boolean measuring;
    private boolean requesting;
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
        if (up.isDone() && sawOpen && measuring) {
            // RFC 5440 §7.3: any message restarts the peer's DeadTimer; a PCE that just sent a
            // PCRep may skip its Keepalive, so liveness is the silence between any two messages.
            messagesReceived++;
            longestSilenceNanos = Math.max(longestSilenceNanos, now - lastHeard);
            lastHeard = now;
        }
        if (m instanceof Open) {
            sawOpen = true;
            send(Keepalive.INSTANCE);
            ctx.executor().scheduleAtFixedRate(() -> send(Keepalive.INSTANCE), KEEPALIVE_SECONDS, KEEPALIVE_SECONDS,
                    TimeUnit.SECONDS);
            ctx.executor().scheduleAtFixedRate(this::request, 500, 1000, TimeUnit.MILLISECONDS);
        } else if (m instanceof Keepalive && sawOpen) {
            if (!up.isDone()) {
                up.complete(null);
                lastHeard = now;
            } else {
                keepalivesReceived++;
            }
        } else if (m instanceof PcRep rep) {
            for (Response r : rep.responses()) {
                if (r.rp().requestId() < nextRequestId && r.noPath().isPresent()) {
                    repliesReceived++;
                } else {
                    wrongReplies++;
                }
            }
        }
    }

    /** One PCReq for 192.0.2.1 → 192.0.2.2 with the next request id (RFC 5440 §6.4). */
    private void request() {
        if (!requesting) {
            return;
        }
        send(PcReq.of(Request.of(Rp.of(nextRequestId++, 1, List.of()),
                new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("192.0.2.1"), Ipv4Address.parse("192.0.2.2")))));
        requestsSent++;
    }

    /** Restarts the silence measurement (after the set-up phase). */
    void resetCounters() {
        channel.eventLoop().execute(() -> {
            keepalivesReceived = 0;
            messagesReceived = 0;
            longestSilenceNanos = 0;
            repliesReceived = 0;
            wrongReplies = 0;
            measuring = true;
            requesting = true;
            lastHeard = System.nanoTime();
        });
    }

    /** The silence since the last keepalive, counted into the longest at the end of a run. */
    /** Sends no more requests; replies still count. */
    void stopRequests() {
        channel.eventLoop().execute(() -> requesting = false);
    }

    void finish() {
        channel.eventLoop().execute(() -> {
            measuring = false;
            longestSilenceNanos = Math.max(longestSilenceNanos, System.nanoTime() - lastHeard);
        });
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
