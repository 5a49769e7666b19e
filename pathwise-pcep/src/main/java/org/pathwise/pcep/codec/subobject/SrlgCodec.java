package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.subobject.SrlgSubobject;

/** SRLG, type 34 (RFC 5521 §2.1.4): |X|Type|Length=8|SRLG Id (32)|Reserved (8)|Attribute (8)|. */
public final class SrlgCodec extends BaseSubobjectCodec<SrlgSubobject> {
    public SrlgCodec() {
        super(SrlgSubobject.class, "SRLG", 34);
    }

    @Override
    public SrlgSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        long id = body.readUnsignedInt();
        body.skipBytes(1);
        return new SrlgSubobject(loose, id, body.readUnsignedByte());
    }

    @Override
    public void writeBody(SrlgSubobject s, ByteBuf out) {
        out.writeInt((int) s.srlgId());
        out.writeByte(0);
        out.writeByte(s.attribute());
    }
}
