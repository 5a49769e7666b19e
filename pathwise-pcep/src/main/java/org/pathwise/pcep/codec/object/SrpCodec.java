package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Srp;

/**
 * SRP, class 33 type 1 (RFC 8231 §7.2, Figure 10; R of RFC 8281):
 * <pre>
 * | Flags (32): ...R |
 * | SRP-ID-number (32) |
 * // Optional TLVs //
 * </pre>
 */
public final class SrpCodec extends BaseObjectCodec<Srp> {
    private static final int R = 0x1;

    public SrpCodec() {
        super(Srp.class, "SRP", 33, 1);
    }

    @Override
    public Srp parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int f = body.readInt();
        long id = body.readUnsignedInt();
        return new Srp(flags, (f & R) != 0, f & ~R, id, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Srp o, ByteBuf out, CodecRegistry registry) {
        out.writeInt((o.remove() ? R : 0) | (o.unassignedFlags() & ~R));
        out.writeInt((int) o.srpId());
        registry.writeTlvs(o.tlvs(), out);
    }
}
