package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.object.Association;
import org.pathwise.pcep.types.IpAddress;
import org.pathwise.pcep.types.Ipv6Address;

/**
 * ASSOCIATION, class 40 types 1 (IPv4) and 2 (IPv6) (RFC 8697 §6.1, Figures 3 and 4):
 * <pre>
 * | Reserved (16) | Flags (16): ...R |
 * | Association Type (16) | Association ID (16) |
 * | IPv4 (32) or IPv6 (128) Association Source |
 * // Optional TLVs //
 * </pre>
 */
public final class AssociationCodec extends BaseObjectCodec<Association> {
    private static final int R = 0x1;

    public AssociationCodec() {
        super(Association.class, "ASSOCIATION", 40, 1, 2);
    }

    @Override
    public int objectType(Association o) {
        return o.source() instanceof Ipv6Address ? 2 : 1;
    }

    @Override
    public Association parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int f = body.readUnsignedShort();
        int type = body.readUnsignedShort();
        int id = body.readUnsignedShort();
        IpAddress source = objectType == 2 ? Wire.readIpv6(body) : Wire.readIpv4(body);
        return new Association(flags, (f & R) != 0, type, id, source, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Association o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeShort(o.remove() ? R : 0);
        out.writeShort(o.associationType());
        out.writeShort(o.associationId());
        Wire.writeIp(out, o.source());
        registry.writeTlvs(o.tlvs(), out);
    }
}
