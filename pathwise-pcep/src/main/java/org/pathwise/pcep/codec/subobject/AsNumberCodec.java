package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.subobject.AsNumberSubobject;

/** Autonomous system number, type 32 (RFC 3209 §4.3.3.5): |L|Type|Length=4|AS number (16)|. */
public final class AsNumberCodec extends BaseSubobjectCodec<AsNumberSubobject> {
    public AsNumberCodec() {
        super(AsNumberSubobject.class, "AS number", 32);
    }

    @Override
    public AsNumberSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        return new AsNumberSubobject(loose, body.readUnsignedShort());
    }

    @Override
    public void writeBody(AsNumberSubobject s, ByteBuf out) {
        out.writeShort(s.asNumber());
    }
}
