package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Bandwidth;

/** BANDWIDTH, class 5 types 1 and 2 (RFC 5440 §7.7, Figure 14): Bandwidth (32-bit IEEE float). */
public final class BandwidthCodec extends BaseObjectCodec<Bandwidth> {
    public BandwidthCodec() {
        super(Bandwidth.class, "BANDWIDTH", 5, 1, 2);
    }

    @Override
    public int objectType(Bandwidth o) {
        return o.existing() ? 2 : 1;
    }

    @Override
    public Bandwidth parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new Bandwidth(flags, objectType == 2, body.readFloat());
    }

    @Override
    public void writeBody(Bandwidth o, ByteBuf out, CodecRegistry registry) {
        out.writeFloat(o.bandwidth());
    }
}
