package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.PathKeySubobject;
import org.pathwise.pcep.types.Ipv6Address;

/**
 * PATH-KEY, types 64 (PCE ID IPv4) and 65 (IPv6) (RFC 5520 §3.1):
 * <pre>
 * |L|Type|Length|Path-Key (16)| PCE ID (32 or 128) |
 * </pre>
 */
public final class PathKeyCodec extends BaseSubobjectCodec<PathKeySubobject> {
    public PathKeyCodec() {
        super(PathKeySubobject.class, "PATH-KEY", 64, 65);
    }

    @Override
    public int type(PathKeySubobject s) {
        return s.pceId() instanceof Ipv6Address ? 65 : 64;
    }

    @Override
    public PathKeySubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        int key = body.readUnsignedShort();
        return new PathKeySubobject(loose, key, type == 65 ? Wire.readIpv6(body) : Wire.readIpv4(body));
    }

    @Override
    public void writeBody(PathKeySubobject s, ByteBuf out) {
        out.writeShort(s.pathKey());
        Wire.writeIp(out, s.pceId());
    }
}
