package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.PceId;
import org.pathwise.pcep.types.Ipv6Address;

/** PCE-ID, class 25 types 1 (IPv4 address) and 2 (IPv6 address) (RFC 5886 §4.3). */
public final class PceIdCodec extends BaseObjectCodec<PceId> {
    public PceIdCodec() {
        super(PceId.class, "PCE-ID", 25, 1, 2);
    }

    @Override
    public int objectType(PceId o) {
        return o.address() instanceof Ipv6Address ? 2 : 1;
    }

    @Override
    public PceId parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new PceId(flags, objectType == 2 ? Wire.readIpv6(body) : Wire.readIpv4(body));
    }

    @Override
    public void writeBody(PceId o, ByteBuf out, CodecRegistry registry) {
        Wire.writeIp(out, o.address());
    }
}
