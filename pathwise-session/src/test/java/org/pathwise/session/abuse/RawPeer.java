package org.pathwise.session.abuse;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;

/**
 * A misbehaving peer: connects, sends {@code burst} at once, then trickles {@code trickle} one
 * byte per second; records what it gets back and when the PCE closed on it.
 */
final class RawPeer extends ChannelInboundHandlerAdapter {
    final CompletableFuture<Long> closedAfterNanos = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final byte[] burst;
    private final byte[] trickle;
    private long connectedAt;

    private RawPeer(byte[] burst, byte[] trickle) {
        this.burst = burst;
        this.trickle = trickle;
    }

    static RawPeer connect(EventLoopGroup group, Class<? extends Channel> type, InetSocketAddress pce,
            InetSocketAddress source, byte[] burst, byte[] trickle) {
        RawPeer peer = new RawPeer(burst, trickle);
        new Bootstrap().group(group).channel(type).handler(peer).connect(pce, source).addListener(f -> {
            if (!f.isSuccess()) {
                peer.closedAfterNanos.complete(0L); // refused outright counts as dropped
            }
        });
        return peer;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connectedAt = System.nanoTime();
        ctx.channel().closeFuture().addListener(f -> closedAfterNanos.complete(System.nanoTime() - connectedAt));
        if (burst.length > 0) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(burst));
        }
        for (int i = 0; i < trickle.length; i++) {
            byte b = trickle[i];
            ctx.executor().schedule(() -> {
                if (ctx.channel().isActive()) {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {b}));
                }
            }, i + 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        synchronized (received) {
            received.writeBytes(ByteBufUtil.getBytes(buf));
        }
        buf.release();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // a reset by the PCE is one way of being dropped
    }

    /** The PCEP messages the PCE sent, decoded. */
    List<Message> messages() {
        byte[] b;
        synchronized (received) {
            b = received.toByteArray();
        }
        List<Message> out = new ArrayList<>();
        for (int i = 0; i + 4 <= b.length; ) {
            int length = Math.max(4, (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff));
            if (PcepCodec.standard().decode(Arrays.copyOfRange(b, i, Math.min(b.length, i + length)))
                    instanceof DecodeResult.Decoded d) {
                out.add(d.message());
            }
            i += length;
        }
        return out;
    }
}
