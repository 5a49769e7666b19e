package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.PccReqId;
import org.pathwise.pcep.types.Ipv6Address;

/** PCC-REQ-ID, class 20 types 1 (IPv4 address, 32) and 2 (IPv6 address, 128) (RFC 5886 §4.2). */
public final class PccReqIdCodec extends BaseObjectCodec<PccReqId> {
    public PccReqIdCodec() {
        super(PccReqId.class, "PCC-REQ-ID", 20, 1, 2);
    }

    @Override
    public int objectType(PccReqId o) {
        return o.address() instanceof Ipv6Address ? 2 : 1;
    }

    @Override
    public PccReqId parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        return new PccReqId(flags, objectType == 2 ? Wire.readIpv6(body) : Wire.readIpv4(body));
    }

    @Override
    public void writeBody(PccReqId o, ByteBuf out, CodecRegistry registry) {
        Wire.writeIp(out, o.address());
    }
}
