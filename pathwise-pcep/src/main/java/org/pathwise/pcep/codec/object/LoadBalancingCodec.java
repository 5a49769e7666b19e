package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.LoadBalancing;

/**
 * LOAD-BALANCING, class 14 type 1 (RFC 5440 §7.16, Figure 21):
 * <pre>
 * | Reserved (16) | Flags (8) | Max-LSP (8) |
 * | Min-Bandwidth (32-bit IEEE float)       |
 * </pre>
 */
public final class LoadBalancingCodec extends BaseObjectCodec<LoadBalancing> {
    public LoadBalancingCodec() {
        super(LoadBalancing.class, "LOAD-BALANCING", 14, 1);
    }

    @Override
    public LoadBalancing parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(3);
        int maxLsps = body.readUnsignedByte();
        return new LoadBalancing(flags, maxLsps, body.readFloat());
    }

    @Override
    public void writeBody(LoadBalancing o, ByteBuf out, CodecRegistry registry) {
        out.writeMedium(0);
        out.writeByte(o.maxLsps());
        out.writeFloat(o.minBandwidth());
    }
}
