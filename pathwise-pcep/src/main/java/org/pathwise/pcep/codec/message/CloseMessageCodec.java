package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.object.CloseObject;

/** Close (RFC 5440 §6.8): {@code <Common Header> <CLOSE>}. */
final class CloseMessageCodec extends BaseMessageCodec<Close> {
    CloseMessageCodec() {
        super(Close.class, "Close", 7);
    }

    @Override
    public Close build(ObjectList objects, DecodeContext ctx) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof CloseObject close) {
                return new Close(close);
            }
        }
        throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(0), "Close message without a CLOSE object");
    }

    @Override
    public void writeObjects(Close message, ByteBuf out, CodecRegistry registry) {
        registry.writeObject(message.object(), out);
    }
}
