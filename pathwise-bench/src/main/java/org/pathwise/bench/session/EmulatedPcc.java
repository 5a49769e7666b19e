package org.pathwise.bench.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.AttributeKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.object.OpenObject;

/**
 * The smallest PCC that holds a session honestly (RFC 5440 §6): Open, Keepalive for the PCE's
 * Open, then a Keepalive every {@code keepalive} seconds; it does not decode what it receives
 * beyond the message type, so 20,000 of them cost the emulator little. One shared handler;
 * per-connection state lives in a channel attribute.
 */
@Sharable
final class EmulatedPcc extends SimpleChannelInboundHandler<ByteBuf> {
    private static final AttributeKey<Boolean> UP = AttributeKey.valueOf("bench.up");
    private static final int OPEN = 1;
    private static final int KEEPALIVE = 2;

    private final byte[] open;
    private final byte[] keepalive = PcepCodec.standard().encode(Keepalive.INSTANCE);
    private final int keepaliveSeconds;
    final AtomicInteger up = new AtomicInteger();
    final AtomicInteger down = new AtomicInteger();
    /** Connections the PCE closed before they were Up (limits, negotiation failure). */
    final AtomicInteger refused = new AtomicInteger();

    EmulatedPcc(int keepaliveSeconds) {
        this.keepaliveSeconds = keepaliveSeconds;
        this.open = PcepCodec.standard().encode(new Open(new OpenObject(keepaliveSeconds, 4 * keepaliveSeconds, 1, List.of())));
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(open));
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (Boolean.TRUE.equals(ctx.channel().attr(UP).get())) {
            down.incrementAndGet();
        } else {
            refused.incrementAndGet();
        }
        ctx.fireChannelInactive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        int type = PcepFrame.messageType(frame);
        if (type == OPEN) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(keepalive));
            ctx.executor().scheduleAtFixedRate(() -> {
                if (ctx.channel().isActive()) {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(keepalive));
                }
            }, keepaliveSeconds, keepaliveSeconds, TimeUnit.SECONDS);
        } else if (type == KEEPALIVE && ctx.channel().attr(UP).get() == null) {
            ctx.channel().attr(UP).set(Boolean.TRUE);
            up.incrementAndGet();
        }
    }
}
