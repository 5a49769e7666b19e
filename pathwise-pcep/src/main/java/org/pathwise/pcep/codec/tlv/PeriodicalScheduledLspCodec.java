package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import static org.pathwise.pcep.codec.tlv.ScheduledLspCodec.A;
import static org.pathwise.pcep.codec.tlv.ScheduledLspCodec.C;
import static org.pathwise.pcep.codec.tlv.ScheduledLspCodec.G;
import static org.pathwise.pcep.codec.tlv.ScheduledLspCodec.R;

import org.pathwise.pcep.tlv.PeriodicalScheduledLspTlv;

/**
 * SCHED-PD-LSP-ATTRIBUTE, type 50 (RFC 8934 §5.2.2, Figure 3):
 * <pre>
 * | Flags (4) R C A G | Opt (4) | NR (12) | Reserved (8) |
 * | Start-Time (32) | Duration (32) | Repeat-time-length (32) |
 * | GrB / Elastic-Lower-Bound (16) | GrA / Elastic-Upper-Bound (16) |
 * </pre>
 */
public final class PeriodicalScheduledLspCodec extends BaseTlvCodec<PeriodicalScheduledLspTlv> {
    public PeriodicalScheduledLspCodec() {
        super(PeriodicalScheduledLspTlv.class, "SCHED-PD-LSP-ATTRIBUTE", 50);
    }

    @Override
    public PeriodicalScheduledLspTlv parse(ByteBuf value, DecodeContext ctx) {
        int word = value.readInt();
        int f = word >>> 24;
        return new PeriodicalScheduledLspTlv((f & R) != 0, (f & C) != 0, (f & A) != 0, (f & G) != 0,
                (word >>> 20) & 0xf, (word >>> 8) & 0xfff, value.readUnsignedInt(), value.readUnsignedInt(),
                value.readUnsignedInt(), value.readUnsignedShort(), value.readUnsignedShort());
    }

    @Override
    public void writeValue(PeriodicalScheduledLspTlv t, ByteBuf out, CodecRegistry registry) {
        int f = (t.relative() ? R : 0) | (t.pccComputes() ? C : 0) | (t.reservationActive() ? A : 0)
                | (t.graceIsElastic() ? G : 0);
        out.writeInt(f << 24 | (t.option() & 0xf) << 20 | (t.repeats() & 0xfff) << 8);
        out.writeInt((int) t.startTime());
        out.writeInt((int) t.duration());
        out.writeInt((int) t.repeatTimeLength());
        out.writeShort(t.graceBefore());
        out.writeShort(t.graceAfter());
    }
}
