package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Monitoring;

/**
 * MONITORING, class 19 type 1 (RFC 5886 §4.1, Figure 6):
 * <pre>
 * | Reserved (8) | Flags (24): ...I C P G L |
 * | Monitoring-id-number (32)               |
 * // Optional TLVs //
 * </pre>
 */
public final class MonitoringCodec extends BaseObjectCodec<Monitoring> {
    private static final int L = 0x01;
    private static final int G = 0x02;
    private static final int P = 0x04;
    private static final int C = 0x08;
    private static final int I = 0x10;

    public MonitoringCodec() {
        super(Monitoring.class, "MONITORING", 19, 1);
    }

    @Override
    public Monitoring parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(1);
        int f = body.readUnsignedMedium();
        long id = body.readUnsignedInt();
        return new Monitoring(flags, (f & L) != 0, (f & G) != 0, (f & P) != 0, (f & C) != 0, (f & I) != 0, id,
                ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Monitoring o, ByteBuf out, CodecRegistry registry) {
        out.writeByte(0);
        out.writeMedium((o.liveness() ? L : 0) | (o.general() ? G : 0) | (o.processingTime() ? P : 0)
                | (o.overload() ? C : 0) | (o.incomplete() ? I : 0));
        out.writeInt((int) o.monitoringId());
        registry.writeTlvs(o.tlvs(), out);
    }
}
