package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.UnknownObject;

/** Open (RFC 5440 §6.2): {@code <Common Header> <OPEN>}; anything else is an invalid Open (1/1). */
final class OpenMessageCodec extends BaseMessageCodec<Open> {
    OpenMessageCodec() {
        super(Open.class, "Open", 1);
    }

    @Override
    public Open build(ObjectList objects, DecodeContext ctx) {
        if (objects.size() == 0 || !(objects.get(0) instanceof OpenObject open)) {
            throw ctx.error(PcepErrors.INVALID_OPEN, objects.offset(0), "Open message without an OPEN object first");
        }
        for (int i = 1; i < objects.size(); i++) {
            if (!(objects.get(i) instanceof UnknownObject)) {
                throw ctx.error(PcepErrors.INVALID_OPEN, objects.offset(i), "unexpected object after OPEN");
            }
        }
        return new Open(open);
    }

    @Override
    public void writeObjects(Open message, ByteBuf out, CodecRegistry registry) {
        registry.writeObject(message.object(), out);
    }
}
