package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Lsp;

/**
 * LSP, class 32 type 1 (RFC 8231 §7.3, Figure 11; C of RFC 8281; N, F, E of RFC 8623):
 * <pre>
 * | PLSP-ID (20) | Flags (12): E F N C O(3) A R S D |
 * // TLVs //
 * </pre>
 */
public final class LspCodec extends BaseObjectCodec<Lsp> {
    private static final int D = 0x001;
    private static final int S = 0x002;
    private static final int R = 0x004;
    private static final int A = 0x008;
    private static final int O_SHIFT = 4;
    private static final int O = 0x070;
    private static final int C = 0x080;
    private static final int N = 0x100;
    private static final int F = 0x200;
    private static final int E = 0x400;
    private static final int NAMED = 0x7ff;

    public LspCodec() {
        super(Lsp.class, "LSP", 32, 1);
    }

    @Override
    public Lsp parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int word = body.readInt();
        long plspId = (word >>> 12) & 0xfffffL;
        int f = word & 0xfff;
        return new Lsp(flags, plspId, (f & D) != 0, (f & S) != 0, (f & R) != 0, (f & A) != 0, (f & O) >>> O_SHIFT,
                (f & C) != 0, (f & N) != 0, (f & F) != 0, (f & E) != 0, f & ~NAMED, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Lsp o, ByteBuf out, CodecRegistry registry) {
        int f = (o.delegate() ? D : 0) | (o.sync() ? S : 0) | (o.remove() ? R : 0) | (o.administrative() ? A : 0)
                | ((o.operational() << O_SHIFT) & O) | (o.create() ? C : 0) | (o.p2mp() ? N : 0)
                | (o.fragmented() ? F : 0) | (o.eroCompression() ? E : 0) | (o.unassignedFlags() & 0xfff & ~NAMED);
        out.writeInt((int) (o.plspId() & 0xfffff) << 12 | f);
        registry.writeTlvs(o.tlvs(), out);
    }
}
