package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.EndpointsP2mpIpv6;
import org.pathwise.pcep.types.Ipv6Address;

/** END-POINTS P2MP IPv6, class 4 type 4 (RFC 8306 §3.3.2): leaf type (32), source, destinations (128 each). */
public final class EndpointsP2mpIpv6Codec extends BaseObjectCodec<EndpointsP2mpIpv6> {
    public EndpointsP2mpIpv6Codec() {
        super(EndpointsP2mpIpv6.class, "END-POINTS", 4, 4);
    }

    @Override
    public EndpointsP2mpIpv6 parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        long leafType = body.readUnsignedInt();
        Ipv6Address source = Wire.readIpv6(body);
        if (body.readableBytes() % 16 != 0) {
            throw ctx.malformed(body, "P2MP IPv6 destinations are not a whole number of 16-byte addresses");
        }
        List<Ipv6Address> destinations = new ArrayList<>(body.readableBytes() / 16);
        while (body.isReadable()) {
            destinations.add(Wire.readIpv6(body));
        }
        return new EndpointsP2mpIpv6(flags, leafType, source, destinations);
    }

    @Override
    public void writeBody(EndpointsP2mpIpv6 o, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) o.leafType());
        Wire.writeIpv6(out, o.source());
        o.destinations().forEach(d -> Wire.writeIpv6(out, d));
    }
}
