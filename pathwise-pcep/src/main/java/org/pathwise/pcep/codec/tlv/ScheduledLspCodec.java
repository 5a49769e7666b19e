package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.ScheduledLspTlv;

/**
 * SCHED-LSP-ATTRIBUTE, type 49 (RFC 8934 §5.2.1, Figure 2):
 * <pre>
 * | Flags (4) R C A G | Reserved (24) |
 * | Start-Time (32) |
 * | Duration (32) |
 * | GrB / Elastic-Lower-Bound (16) | GrA / Elastic-Upper-Bound (16) |
 * </pre>
 */
public final class ScheduledLspCodec extends BaseTlvCodec<ScheduledLspTlv> {
    static final int R = 0x8;
    static final int C = 0x4;
    static final int A = 0x2;
    static final int G = 0x1;

    public ScheduledLspCodec() {
        super(ScheduledLspTlv.class, "SCHED-LSP-ATTRIBUTE", 49);
    }

    @Override
    public ScheduledLspTlv parse(ByteBuf value, DecodeContext ctx) {
        int f = value.readUnsignedByte();
        value.skipBytes(3);
        return new ScheduledLspTlv((f & R) != 0, (f & C) != 0, (f & A) != 0, (f & G) != 0, value.readUnsignedInt(),
                value.readUnsignedInt(), value.readUnsignedShort(), value.readUnsignedShort());
    }

    @Override
    public void writeValue(ScheduledLspTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeByte((t.relative() ? R : 0) | (t.pccComputes() ? C : 0) | (t.reservationActive() ? A : 0)
                | (t.graceIsElastic() ? G : 0));
        out.writeMedium(0);
        out.writeInt((int) t.startTime());
        out.writeInt((int) t.duration());
        out.writeShort(t.graceBefore());
        out.writeShort(t.graceAfter());
    }
}
