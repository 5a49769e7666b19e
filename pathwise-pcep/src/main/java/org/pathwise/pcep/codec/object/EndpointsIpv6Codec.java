package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.EndpointsIpv6;

/** END-POINTS IPv6, class 4 type 2 (RFC 5440 §7.6, Figure 13): source IPv6 (128), destination IPv6 (128). */
public final class EndpointsIpv6Codec extends BaseObjectCodec<EndpointsIpv6> {
    public EndpointsIpv6Codec() {
        super(EndpointsIpv6.class, "END-POINTS", 4, 2);
    }

    @Override
    public EndpointsIpv6 parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new EndpointsIpv6(flags, Wire.readIpv6(body), Wire.readIpv6(body));
    }

    @Override
    public void writeBody(EndpointsIpv6 o, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv6(out, o.source());
        Wire.writeIpv6(out, o.destination());
    }
}
