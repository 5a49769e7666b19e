package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Metric;

/**
 * METRIC, class 6 type 1 (RFC 5440 §7.8, Figure 15):
 * <pre>
 * | Reserved (16) | Flags (8): ...C B | T (8) |
 * | metric-value (32-bit IEEE float)          |
 * </pre>
 */
public final class MetricCodec extends BaseObjectCodec<Metric> {
    private static final int B = 0x01;
    private static final int C = 0x02;

    public MetricCodec() {
        super(Metric.class, "METRIC", 6, 1);
    }

    @Override
    public Metric parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int f = body.readUnsignedByte();
        int type = body.readUnsignedByte();
        return new Metric(flags, (f & C) != 0, (f & B) != 0, type, body.readFloat());
    }

    @Override
    public void writeBody(Metric o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeByte((o.computed() ? C : 0) | (o.bound() ? B : 0));
        out.writeByte(o.metricType());
        out.writeFloat(o.value());
    }
}
