package org.pathwise.session.abuse;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.session.Role;
import org.pathwise.session.TransportHooks;

/**
 * A stand-in PCE for the abuse test: the transport hooks exactly as the session transport calls
 * them, then the happy path of RFC 5440 §6 (Open, Keepalive, Up, a Keepalive every second).
 */
final class MiniPce {
    private MiniPce() {}

    static Channel start(EventLoopGroup boss, EventLoopGroup workers, Class<? extends io.netty.channel.ServerChannel> type,
            TransportHooks hooks, InetSocketAddress bind) throws InterruptedException {
        ServerBootstrap b = new ServerBootstrap().group(boss, workers).channel(type)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        hooks.initChannel(ch, Role.PCE);
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(65535, 2, 2, -4, 0), new Session(hooks));
                    }
                });
        hooks.configureServer(b);
        return b.bind(bind).sync().channel();
    }

    private static final class Session extends SimpleChannelInboundHandler<ByteBuf> {
        private static final PcepCodec CODEC = PcepCodec.standard();
        private final TransportHooks hooks;
        private boolean up;

        Session(TransportHooks hooks) {
            this.hooks = hooks;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            if (!(CODEC.decode(frame.retainedDuplicate()) instanceof DecodeResult.Decoded d)) {
                ctx.close();
                return;
            }
            Message m = d.message();
            if (m instanceof Open) {
                send(ctx, new Open(new OpenObject(1, 4, 1, List.of())));
                send(ctx, Keepalive.INSTANCE);
            } else if (m instanceof Keepalive && !up) {
                up = true;
                hooks.sessionUp(ctx.channel());
                ctx.executor().scheduleAtFixedRate(() -> send(ctx, Keepalive.INSTANCE), 1, 1, TimeUnit.SECONDS);
            }
        }

        private static void send(ChannelHandlerContext ctx, Message m) {
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(CODEC.encode(m)));
            }
        }
    }
}
