package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.Ipv6PrefixSubobject;

/**
 * IPv6 prefix, type 2 (RFC 3209 §4.3.3.4):
 * <pre>
 * |L|Type (7)|Length=20|IPv6 address (128)|Prefix Length (8)|Resvd / Flags / Attribute (8)|
 * </pre>
 */
public final class Ipv6PrefixCodec extends BaseSubobjectCodec<Ipv6PrefixSubobject> {
    public Ipv6PrefixCodec() {
        super(Ipv6PrefixSubobject.class, "IPv6 prefix", 2);
    }

    @Override
    public Ipv6PrefixSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        return new Ipv6PrefixSubobject(loose, Wire.readIpv6(body), body.readUnsignedByte(), body.readUnsignedByte());
    }

    @Override
    public void writeBody(Ipv6PrefixSubobject s, ByteBuf out) {
        Wire.writeIpv6(out, s.address());
        out.writeByte(s.prefixLength());
        out.writeByte(s.attribute());
    }
}
