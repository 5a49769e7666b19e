package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rro;

/** RRO, class 8 type 1 (RFC 5440 §7.10): a list of sub-objects (RFC 3209 §4.4.1). */
public final class RroCodec extends BaseObjectCodec<Rro> {
    public RroCodec() {
        super(Rro.class, "RRO", 8, 1);
    }

    @Override
    public Rro parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new Rro(flags, ctx.readSubobjects(body));
    }

    @Override
    public void writeBody(Rro o, ByteBuf out, CodecRegistry registry) {
        registry.writeSubobjects(o.subobjects(), out);
    }
}
