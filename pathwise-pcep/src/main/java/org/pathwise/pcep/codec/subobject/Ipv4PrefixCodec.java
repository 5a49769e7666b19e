package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;

/**
 * IPv4 prefix, type 1 (RFC 3209 §4.3.3.3; RRO §4.4.1.1; XRO RFC 5521 §2.1.1):
 * <pre>
 * |L|Type (7)|Length=8|IPv4 address (32)|Prefix Length (8)|Resvd / RRO Flags / XRO Attribute (8)|
 * </pre>
 */
public final class Ipv4PrefixCodec extends BaseSubobjectCodec<Ipv4PrefixSubobject> {
    public Ipv4PrefixCodec() {
        super(Ipv4PrefixSubobject.class, "IPv4 prefix", 1);
    }

    @Override
    public Ipv4PrefixSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        return new Ipv4PrefixSubobject(loose, Wire.readIpv4(body), body.readUnsignedByte(), body.readUnsignedByte());
    }

    @Override
    public void writeBody(Ipv4PrefixSubobject s, ByteBuf out) {
        Wire.writeIpv4(out, s.address());
        out.writeByte(s.prefixLength());
        out.writeByte(s.attribute());
    }
}
