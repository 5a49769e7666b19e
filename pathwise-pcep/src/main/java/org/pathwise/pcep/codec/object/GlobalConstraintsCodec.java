package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.GlobalConstraints;

/**
 * GC, class 24 type 1 (RFC 5557 §5.3, Figure 4):
 * <pre>
 * | MU (8) | mU (8) | OB (8) | Reserved (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class GlobalConstraintsCodec extends BaseObjectCodec<GlobalConstraints> {
    public GlobalConstraintsCodec() {
        super(GlobalConstraints.class, "GC", 24, 1);
    }

    @Override
    public GlobalConstraints parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int mu = body.readUnsignedByte();
        int minU = body.readUnsignedByte();
        int ob = body.readUnsignedByte();
        body.skipBytes(1);
        return new GlobalConstraints(flags, mu, minU, ob, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(GlobalConstraints o, ByteBuf out, CodecRegistry registry) {
        out.writeByte(o.maxUtilization());
        out.writeByte(o.minUtilization());
        out.writeByte(o.overbookingFactor());
        out.writeByte(0);
        registry.writeTlvs(o.tlvs(), out);
    }
}
