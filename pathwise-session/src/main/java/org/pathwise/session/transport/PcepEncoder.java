package org.pathwise.session.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;

/** Writes each message straight into one pooled buffer (the codec back-patches lengths). */
@Sharable
final class PcepEncoder extends MessageToByteEncoder<Message> {
    private final PcepCodec codec;

    PcepEncoder(PcepCodec codec) {
        super(Message.class);
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Message msg, ByteBuf out) {
        codec.encode(msg, out);
    }
}
