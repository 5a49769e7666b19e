package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;

/**
 * SR-ERO / SR-RRO, type 36 (RFC 8664 §4.3.1, Figure 7; §4.4):
 * <pre>
 * |L|Type=36 (7)|Length (8)| NT (4) | Flags (12): ...F S C M |
 * |                 SID (32, optional)                |
 * //               NAI (variable, optional)           //
 * </pre>
 */
public final class SrCodec extends BaseSubobjectCodec<SrSubobject> {
    private static final int M = 0x001;
    private static final int C = 0x002;
    private static final int S = 0x004;
    private static final int F = 0x008;

    public SrCodec() {
        super(SrSubobject.class, "SR", 36);
    }

    @Override
    public SrSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        int at = body.readerIndex();
        int word = body.readUnsignedShort();
        int nt = word >>> 12;
        int f = word & 0xfff;
        NaiType naiType = NaiType.of(nt);
        if (naiType == null) {
            throw ctx.errorAt(PcepErrors.UNSUPPORTED_NAI_TYPE, at, "SR sub-object with unassigned NAI type " + nt);
        }
        boolean sidAbsent = (f & S) != 0;
        boolean naiAbsent = (f & F) != 0 || naiType == NaiType.ABSENT;
        if (sidAbsent && naiAbsent) {
            // RFC 8664 §4.3.1: S and F both set is an error (10/6 in an ERO, 10/7 in an RRO).
            boolean inRro = ctx.currentObjectClass() == 8;
            throw ctx.errorAt(inRro ? PcepErrors.SR_RRO_SID_AND_NAI_ABSENT : PcepErrors.SR_ERO_SID_AND_NAI_ABSENT, at,
                    "SR sub-object with both SID and NAI absent");
        }
        // RFC 8664 §4.3.1: the length must match the SID and NAI the flags and NT announce.
        int expected = (sidAbsent ? 0 : 4) + (naiAbsent ? 0 : naiType.length);
        if (body.readableBytes() != expected) {
            throw ctx.malformed(body, "SR sub-object length " + (body.readableBytes() + 4)
                    + " is inconsistent with NT " + nt + " and flags 0x" + Integer.toHexString(f)
                    + " (expected " + (expected + 4) + ")");
        }
        Long sid = sidAbsent ? null : body.readUnsignedInt();
        Nai nai = naiAbsent ? null : NaiCodec.read(naiType, body, ctx);
        return new SrSubobject(loose, naiType, (f & M) != 0, (f & C) != 0, sid, nai);
    }

    @Override
    public void writeBody(SrSubobject s, ByteBuf out) {
        int f = (s.mplsLabel() ? M : 0) | (s.tcStackTtl() ? C : 0) | (s.sid() == null ? S : 0) | (s.nai() == null ? F : 0);
        out.writeShort(s.naiType().code << 12 | f);
        if (s.sid() != null) {
            out.writeInt(s.sid().intValue());
        }
        if (s.nai() != null) {
            NaiCodec.write(s.nai(), out);
        }
    }
}
