package org.pathwise.session.limits;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.PcErr;

/**
 * Garbage detection on a fresh connection: the very first byte already tells PCEP (version 1 in
 * the top three bits, RFC 5440 §6.1) from an HTTP request, a TLS ClientHello or a port scanner's
 * noise. Such a peer gets what the codec prescribes for a foreign version (PCErr 1/8, then Close
 * reason 3) and the connection is closed at once, instead of the frame decoder waiting for up to
 * 64 KiB that the garbage's "length" field announced. After the first byte the handler removes
 * itself; later framing errors are the codec's and the session's.
 */
public final class FirstByteCheck extends ChannelInboundHandlerAdapter {
    private final PcepCodec codec;
    private final LimitCounters counters;

    public FirstByteCheck(PcepCodec codec, LimitCounters counters) {
        this.codec = codec;
        this.counters = counters;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf) || !buf.isReadable()) {
            ctx.fireChannelRead(msg);
            return;
        }
        int first = buf.getUnsignedByte(buf.readerIndex());
        ctx.pipeline().remove(this);
        if (first >>> 5 == PcepFrame.VERSION) {
            ctx.fireChannelRead(msg);
            return;
        }
        byte[] header = new byte[PcepFrame.HEADER_LENGTH];
        buf.getBytes(buf.readerIndex(), header, 0, Math.min(header.length, buf.readableBytes()));
        buf.release();
        DecodeError error = ((DecodeResult.Failed) codec.decode(header)).error();
        counters.triggered(Limit.NOT_PCEP, ctx.channel().remoteAddress(),
                String.format("first byte 0x%02x: %s", first, error.detail()));
        if (error.errorType() != 0) {
            ctx.write(Unpooled.wrappedBuffer(codec.encode(PcErr.of(error.errorType(), error.errorValue()))));
        }
        ctx.writeAndFlush(Unpooled.wrappedBuffer(codec.encode(Close.of(error.closeReason()))))
                .addListener(ChannelFutureListener.CLOSE);
    }
}
