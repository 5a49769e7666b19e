package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Ero;

/** ERO, class 7 type 1 (RFC 5440 §7.9): a list of sub-objects (RFC 3209 §4.3.3). */
public final class EroCodec extends BaseObjectCodec<Ero> {
    public EroCodec() {
        super(Ero.class, "ERO", 7, 1);
    }

    @Override
    public Ero parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new Ero(flags, ctx.readSubobjects(body));
    }

    @Override
    public void writeBody(Ero o, ByteBuf out, CodecRegistry registry) {
        registry.writeSubobjects(o.subobjects(), out);
    }
}
