package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Overload;

/** OVERLOAD, class 27 type 1 (RFC 5886 §4.5, Figure 9): Flags (8), Reserved (8), Overload Duration (16). */
public final class OverloadCodec extends BaseObjectCodec<Overload> {
    public OverloadCodec() {
        super(Overload.class, "OVERLOAD", 27, 1);
    }

    @Override
    public Overload parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        return new Overload(flags, body.readUnsignedShort());
    }

    @Override
    public void writeBody(Overload o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeShort(o.duration());
    }
}
