package org.pathwise.bench.e2e;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.util.List;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.object.OpenObject;

/**
 * The limit the end-to-end benchmark compares Pathwise with: a bare Netty server that speaks just
 * enough PCEP for a PCC to reach Up (its Open and a Keepalive, pre-encoded) and answers every RP
 * of a PCReq with one fixed, pre-encoded PCRep whose Request-ID-number is patched to match. No
 * decoding into a model, no session state machine, no queue, no computation: the cost of the
 * byte exchange alone on the same machine, same loops, same client.
 */
public final class EchoPce implements AutoCloseable {
    /** PCEP message types (RFC 5440 §6.1). */
    private static final int OPEN = 1;
    private static final int PCREQ = 3;
    private static final int CLOSE = 7;
    /** Object class of RP (RFC 5440 §7.4). */
    private static final int RP_CLASS = 2;
    /** Request-ID-number: after the 4-byte object header and the 4-byte flags word. */
    private static final int RP_ID_OFFSET = 8;

    private final EventLoopGroup group;
    private final Channel listener;
    private final byte[] reply;
    private final int replyIdOffset;

    private EchoPce(EventLoopGroup group, Channel listener, byte[] reply, int replyIdOffset) {
        this.group = group;
        this.listener = listener;
        this.reply = reply;
        this.replyIdOffset = replyIdOffset;
    }

    /**
     * Listens on {@code bind} with {@code threads} event loops, answering with {@code template}
     * (which must start with its RP, as every PCRep without an svec-list does).
     */
    public static EchoPce start(InetSocketAddress bind, int threads, PcRep template) throws InterruptedException {
        byte[] reply = PcepCodec.standard().encode(template);
        if ((reply[PcepFrame.HEADER_LENGTH] & 0xff) != RP_CLASS) {
            throw new IllegalArgumentException("the echo template must start with its RP object");
        }
        byte[] greeting = greeting();
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Class<? extends ServerSocketChannel> type = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        int idOffset = PcepFrame.HEADER_LENGTH + RP_ID_OFFSET;
        try {
            Channel ch = new ServerBootstrap().group(group).channel(type)
                    .option(ChannelOption.SO_BACKLOG, 4096)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel c) {
                            c.pipeline().addLast(new LengthFieldBasedFrameDecoder(PcepFrame.MAX_MESSAGE_LENGTH,
                                    PcepFrame.LENGTH_FIELD_OFFSET, PcepFrame.LENGTH_FIELD_LENGTH, -4, 0),
                                    new Answerer(greeting, reply, idOffset));
                        }
                    }).bind(bind).sync().channel();
            return new EchoPce(group, ch, reply, idOffset);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The PCE's Open (keepalive 30 s, DeadTimer 120 s, no capabilities) then a Keepalive. */
    private static byte[] greeting() {
        PcepCodec codec = PcepCodec.standard();
        byte[] open = codec.encode(new Open(new OpenObject(30, 120, 1, List.of())));
        byte[] keepalive = codec.encode(Keepalive.INSTANCE);
        byte[] both = new byte[open.length + keepalive.length];
        System.arraycopy(open, 0, both, 0, open.length);
        System.arraycopy(keepalive, 0, both, open.length, keepalive.length);
        return both;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Bytes of each answer. */
    public int replySize() {
        return reply.length;
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One per connection; writes are flushed once per read burst. */
    private static final class Answerer extends SimpleChannelInboundHandler<ByteBuf> {
        private final byte[] greeting;
        private final byte[] reply;
        private final int idOffset;

        Answerer(byte[] greeting, byte[] reply, int idOffset) {
            this.greeting = greeting;
            this.reply = reply;
            this.idOffset = idOffset;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            int start = frame.readerIndex();
            int type = frame.getUnsignedByte(start + 1);
            switch (type) {
                case OPEN -> ctx.write(Unpooled.wrappedBuffer(greeting));
                case PCREQ -> answer(ctx, frame, start);
                case CLOSE -> ctx.close();
                default -> { } // Keepalive and the rest: nothing to say
            }
        }

        /** One copy of the template per RP object, its Request-ID-number set to the RP's. */
        private void answer(ChannelHandlerContext ctx, ByteBuf frame, int start) {
            int end = start + frame.readableBytes();
            int at = start + PcepFrame.HEADER_LENGTH;
            while (at + 4 <= end) {
                int objectClass = frame.getUnsignedByte(at);
                int length = frame.getUnsignedShort(at + 2);
                if (length < 4) {
                    return; // malformed: a real PCE would send PCErr; the echo just stops
                }
                if (objectClass == RP_CLASS && at + RP_ID_OFFSET + 4 <= end) {
                    ByteBuf out = ctx.alloc().buffer(reply.length);
                    out.writeBytes(reply);
                    out.setInt(idOffset, frame.getInt(at + RP_ID_OFFSET));
                    ctx.write(out);
                }
                at += length;
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
