package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.BandwidthUtilization;

/**
 * BU, class 35 type 1 (RFC 8233 §3.2, Figure 3):
 * <pre>
 * | Reserved (24) | Type (8) |
 * | Bandwidth Utilization (32-bit IEEE float) |
 * </pre>
 */
public final class BandwidthUtilizationCodec extends BaseObjectCodec<BandwidthUtilization> {
    public BandwidthUtilizationCodec() {
        super(BandwidthUtilization.class, "BU", 35, 1);
    }

    @Override
    public BandwidthUtilization parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(3);
        int type = body.readUnsignedByte();
        return new BandwidthUtilization(flags, type, body.readFloat());
    }

    @Override
    public void writeBody(BandwidthUtilization o, ByteBuf out, CodecRegistry registry) {
        out.writeMedium(0);
        out.writeByte(o.utilizationType());
        out.writeFloat(o.utilization());
    }
}
