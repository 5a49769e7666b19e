package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Iro;

/** IRO, class 10 type 1 (RFC 5440 §7.12): a list of sub-objects. */
public final class IroCodec extends BaseObjectCodec<Iro> {
    public IroCodec() {
        super(Iro.class, "IRO", 10, 1);
    }

    @Override
    public Iro parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new Iro(flags, ctx.readSubobjects(body));
    }

    @Override
    public void writeBody(Iro o, ByteBuf out, CodecRegistry registry) {
        registry.writeSubobjects(o.subobjects(), out);
    }
}
