package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.EndpointsP2mpIpv4;
import org.pathwise.pcep.types.Ipv4Address;

/**
 * END-POINTS P2MP IPv4, class 4 type 3 (RFC 8306 §3.3.2):
 * <pre>
 * | Leaf type (32) | Source IPv4 address (32) | Destination IPv4 address (32) ... |
 * </pre>
 */
public final class EndpointsP2mpIpv4Codec extends BaseObjectCodec<EndpointsP2mpIpv4> {
    public EndpointsP2mpIpv4Codec() {
        super(EndpointsP2mpIpv4.class, "END-POINTS", 4, 3);
    }

    @Override
    public EndpointsP2mpIpv4 parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        long leafType = body.readUnsignedInt();
        Ipv4Address source = Wire.readIpv4(body);
        List<Ipv4Address> destinations = new ArrayList<>(body.readableBytes() / 4);
        while (body.isReadable()) {
            destinations.add(Wire.readIpv4(body));
        }
        return new EndpointsP2mpIpv4(flags, leafType, source, destinations);
    }

    @Override
    public void writeBody(EndpointsP2mpIpv4 o, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) o.leafType());
        Wire.writeIpv4(out, o.source());
        o.destinations().forEach(d -> Wire.writeIpv4(out, d));
    }
}
