package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Lspa;

/**
 * LSPA, class 9 type 1 (RFC 5440 §7.11, Figure 16):
 * <pre>
 * | Exclude-any (32) | Include-any (32) | Include-all (32) |
 * | Setup Prio (8) | Holding Prio (8) | Flags (8): ...L | Reserved (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class LspaCodec extends BaseObjectCodec<Lspa> {
    private static final int L = 0x01;

    public LspaCodec() {
        super(Lspa.class, "LSPA", 9, 1);
    }

    @Override
    public Lspa parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        long excludeAny = body.readUnsignedInt();
        long includeAny = body.readUnsignedInt();
        long includeAll = body.readUnsignedInt();
        int setup = body.readUnsignedByte();
        int holding = body.readUnsignedByte();
        int f = body.readUnsignedByte();
        body.skipBytes(1);
        return new Lspa(flags, excludeAny, includeAny, includeAll, setup, holding, (f & L) != 0, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Lspa o, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) o.excludeAny());
        out.writeInt((int) o.includeAny());
        out.writeInt((int) o.includeAll());
        out.writeByte(o.setupPriority());
        out.writeByte(o.holdingPriority());
        out.writeByte(o.localProtectionDesired() ? L : 0);
        out.writeByte(0);
        registry.writeTlvs(o.tlvs(), out);
    }
}
