package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.EndpointsIpv4;

/** END-POINTS IPv4, class 4 type 1 (RFC 5440 §7.6, Figure 12): source IPv4 (32), destination IPv4 (32). */
public final class EndpointsIpv4Codec extends BaseObjectCodec<EndpointsIpv4> {
    public EndpointsIpv4Codec() {
        super(EndpointsIpv4.class, "END-POINTS", 4, 1);
    }

    @Override
    public EndpointsIpv4 parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new EndpointsIpv4(flags, Wire.readIpv4(body), Wire.readIpv4(body));
    }

    @Override
    public void writeBody(EndpointsIpv4 o, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv4(out, o.source());
        Wire.writeIpv4(out, o.destination());
    }
}
