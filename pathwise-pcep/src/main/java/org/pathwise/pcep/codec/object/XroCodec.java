package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Xro;

/**
 * XRO, class 17 type 1 (RFC 5521 §2.1, Figure 1):
 * <pre>
 * | Reserved (16) | Flags (16): ...F |
 * // (Subobjects) //
 * </pre>
 */
public final class XroCodec extends BaseObjectCodec<Xro> {
    private static final int F = 0x0001;

    public XroCodec() {
        super(Xro.class, "XRO", 17, 1);
    }

    @Override
    public Xro parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int f = body.readUnsignedShort();
        return new Xro(flags, (f & F) != 0, ctx.readSubobjects(body));
    }

    @Override
    public void writeBody(Xro o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeShort(o.fail() ? F : 0);
        registry.writeSubobjects(o.subobjects(), out);
    }
}
