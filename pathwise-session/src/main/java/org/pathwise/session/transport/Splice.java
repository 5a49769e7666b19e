package org.pathwise.session.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;

/**
 * The seam between the clear-text socket and the TLS handler, which goes right behind it: the
 * session feeds the bytes that arrived behind the peer's StartTLS back in here, in front of TLS.
 *
 * <p>It also carries the one message a failed handshake leaves to say. RFC 8253 §3.4 answers a
 * failed TLS negotiation with PCErr 25/3 or 25/4 and a close; no TLS channel exists then, so the
 * PCErr goes in the clear. Netty's SslHandler, failing, first tells the session, then writes its
 * TLS alert, then closes the channel: the PCErr handed over in between is written here when that
 * close passes, after the alert, so the peer's TLS stack reads the alert as a record and the PCErr
 * does not corrupt it.
 */
final class Splice extends ChannelDuplexHandler {
    private ByteBuf lastWords;

    /** Sends {@code message} (encoded PCEP) in the clear just before the channel closes. */
    void sayBeforeClose(ByteBuf message) {
        ReferenceCountUtil.release(lastWords);
        lastWords = message;
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        ByteBuf words = lastWords;
        lastWords = null;
        if (words != null && ctx.channel().isActive()) {
            ctx.writeAndFlush(words, ctx.voidPromise());
        } else {
            ReferenceCountUtil.release(words);
        }
        ctx.close(promise);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        ReferenceCountUtil.release(lastWords);
        lastWords = null;
    }
}
