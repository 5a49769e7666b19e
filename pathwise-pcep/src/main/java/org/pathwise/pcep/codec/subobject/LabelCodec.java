package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.subobject.LabelSubobject;
import org.pathwise.pcep.types.Bytes;

/**
 * Label, type 3 (RFC 3473 §5.1.1; RRO RFC 3209 §4.4.1.3):
 * <pre>
 * |L|Type (7)|Length|U|Flags (7): ...G|C-Type (8)|
 * ~ Label contents ~
 * </pre>
 */
public final class LabelCodec extends BaseSubobjectCodec<LabelSubobject> {
    private static final int U = 0x80;
    private static final int GLOBAL = 0x01;

    public LabelCodec() {
        super(LabelSubobject.class, "label", 3);
    }

    @Override
    public LabelSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        int f = body.readUnsignedByte();
        int cType = body.readUnsignedByte();
        return new LabelSubobject(loose, (f & U) != 0, (f & GLOBAL) != 0, cType, Bytes.read(body, body.readableBytes()));
    }

    @Override
    public void writeBody(LabelSubobject s, ByteBuf out) {
        out.writeByte((s.upstream() ? U : 0) | (s.globalLabel() ? GLOBAL : 0));
        out.writeByte(s.cType());
        s.label().writeTo(out);
    }
}
