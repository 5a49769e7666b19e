package org.pathwise.cli.session;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.session.Role;
import org.pathwise.session.TransportHooks;

/**
 * Records every byte a session sends and receives, at the head of the pipeline (what TCP carries),
 * through the transport's extension hook, on top of the hooks the configuration already had. One
 * recorder per test; the channel writes from its event loop, the test reads under the lock.
 */
final class WireCapture implements TransportHooks {
    private final TransportHooks under;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    /** Captures in front of {@code under}, which keeps doing its work. */
    WireCapture(TransportHooks under) {
        this.under = under;
    }

    @Override
    public void configureServer(ServerBootstrap bootstrap) {
        under.configureServer(bootstrap);
    }

    @Override
    public void configureClient(Bootstrap bootstrap, InetSocketAddress pce) {
        under.configureClient(bootstrap, pce);
    }

    @Override
    public void sessionUp(Channel channel) {
        under.sessionUp(channel);
    }

    @Override
    public void initChannel(Channel channel, Role role) {
        under.initChannel(channel, role);
        channel.pipeline().addFirst("capture", new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof ByteBuf b) {
                    append(received, b);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                if (msg instanceof ByteBuf b) {
                    append(sent, b);
                }
                ctx.write(msg, promise);
            }
        });
    }

    private synchronized void append(ByteArrayOutputStream to, ByteBuf b) {
        to.writeBytes(ByteBufUtil.getBytes(b, b.readerIndex(), b.readableBytes()));
    }

    synchronized List<byte[]> sentMessages() {
        return split(sent.toByteArray());
    }

    synchronized List<byte[]> receivedMessages() {
        return split(received.toByteArray());
    }

    /** Splits a PCEP byte stream on the common header's length field. */
    static List<byte[]> split(byte[] stream) {
        List<byte[]> messages = new ArrayList<>();
        int at = 0;
        while (at + 4 <= stream.length) {
            int length = ((stream[at + 2] & 0xff) << 8) | (stream[at + 3] & 0xff);
            if (length < 4 || at + length > stream.length) {
                break;
            }
            messages.add(java.util.Arrays.copyOfRange(stream, at, at + length));
            at += length;
        }
        return messages;
    }
}
