package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.NoPath;

/**
 * NO-PATH object, class 3 type 1 (RFC 5440 §7.5, Figure 11):
 * <pre>
 * | Nature of Issue (8) | Flags (16): C is the most significant bit | Reserved (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class NoPathCodec extends BaseObjectCodec<NoPath> {
    private static final int C = 0x8000;

    public NoPathCodec() {
        super(NoPath.class, "NO-PATH", 3, 1);
    }

    @Override
    public NoPath parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int ni = body.readUnsignedByte();
        int f = body.readUnsignedShort();
        body.skipBytes(1); // Reserved
        return new NoPath(flags, ni, (f & C) != 0, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(NoPath o, ByteBuf out, CodecRegistry registry) {
        out.writeByte(o.natureOfIssue());
        out.writeShort(o.unsatisfiedConstraints() ? C : 0);
        out.writeByte(0);
        registry.writeTlvs(o.tlvs(), out);
    }
}
