package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;

/**
 * RP object, class 2 type 1 (RFC 5440 §7.4.1, Figure 10; flag bits as assigned in the IANA "RP
 * Object Flag Field" registry, numbered from the least significant bit here):
 * <pre>
 * | Flags (32): ... C F N E M D P S V O B R Pri(3) |
 * | Request-ID-number (32)                         |
 * // Optional TLVs //
 * </pre>
 */
public final class RpCodec extends BaseObjectCodec<Rp> {
    static final int PRI = 0x7;
    static final int R = 0x8;        // reoptimization (RFC 5440)
    static final int B = 0x10;       // bi-directional (RFC 5440)
    static final int O = 0x20;       // strict/loose (RFC 5440)
    static final int V = 0x40;       // VSPT (RFC 5441)
    static final int S = 0x80;       // supply OF on response (RFC 5541)
    static final int P = 0x100;      // path key (RFC 5520)
    static final int D = 0x200;      // report the request order (RFC 5557)
    static final int M = 0x400;      // make-before-break (RFC 5557)
    static final int E = 0x800;      // ERO compression (RFC 8306)
    static final int N = 0x1000;     // P2MP (RFC 8306)
    static final int F = 0x2000;     // fragmentation (RFC 8306)
    static final int C = 0x4000;     // core-tree computation
    static final int NAMED = 0x7fff;

    public RpCodec() {
        super(Rp.class, "RP", 2, 1);
    }

    @Override
    public Rp parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int f = body.readInt();
        long requestId = body.readUnsignedInt();
        return new Rp(flags, f & PRI, (f & R) != 0, (f & B) != 0, (f & O) != 0, (f & V) != 0, (f & S) != 0,
                (f & P) != 0, (f & D) != 0, (f & M) != 0, (f & E) != 0, (f & N) != 0, (f & F) != 0, (f & C) != 0,
                f & ~NAMED, requestId, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Rp o, ByteBuf out, CodecRegistry registry) {
        int f = (o.priority() & PRI) | (o.reoptimization() ? R : 0) | (o.bidirectional() ? B : 0) | (o.loose() ? O : 0)
                | (o.vspt() ? V : 0) | (o.supplyOf() ? S : 0) | (o.pathKey() ? P : 0) | (o.reportOrder() ? D : 0)
                | (o.makeBeforeBreak() ? M : 0) | (o.eroCompression() ? E : 0) | (o.p2mp() ? N : 0)
                | (o.fragmentation() ? F : 0) | (o.coreTree() ? C : 0) | (o.unassignedFlags() & ~NAMED);
        out.writeInt(f);
        out.writeInt((int) o.requestId());
        registry.writeTlvs(o.tlvs(), out);
    }
}
