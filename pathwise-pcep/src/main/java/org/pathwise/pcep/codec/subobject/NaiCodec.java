package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;

/** The NAI field of SR and SRv6 sub-objects (RFC 8664 §4.3.2, RFC 9603 §4.3.2), by NAI type. */
final class NaiCodec {
    private NaiCodec() {}

    static Nai read(NaiType type, ByteBuf in, DecodeContext ctx) {
        if (in.readableBytes() < type.length) {
            throw ctx.malformed(in, "NAI of type " + type + " needs " + type.length + " bytes, " + in.readableBytes() + " left");
        }
        return switch (type) {
            case IPV4_NODE -> new Nai.Ipv4Node(Wire.readIpv4(in));
            case IPV6_NODE -> new Nai.Ipv6Node(Wire.readIpv6(in));
            case IPV4_ADJACENCY -> new Nai.Ipv4Adjacency(Wire.readIpv4(in), Wire.readIpv4(in));
            case IPV6_ADJACENCY -> new Nai.Ipv6Adjacency(Wire.readIpv6(in), Wire.readIpv6(in));
            case UNNUMBERED_ADJACENCY -> new Nai.UnnumberedAdjacency(Wire.readIpv4(in), in.readUnsignedInt(),
                    Wire.readIpv4(in), in.readUnsignedInt());
            case IPV6_LINK_LOCAL_ADJACENCY -> new Nai.Ipv6LinkLocalAdjacency(Wire.readIpv6(in), in.readUnsignedInt(),
                    Wire.readIpv6(in), in.readUnsignedInt());
            case ABSENT -> throw ctx.errorAt(PcepErrors.MALFORMED_OBJECT, in.readerIndex(), "NT 0 (absent) with the F flag clear");
        };
    }

    static void write(Nai nai, ByteBuf out) {
        switch (nai) {
            case Nai.Ipv4Node n -> Wire.writeIpv4(out, n.address());
            case Nai.Ipv6Node n -> Wire.writeIpv6(out, n.address());
            case Nai.Ipv4Adjacency a -> {
                Wire.writeIpv4(out, a.local());
                Wire.writeIpv4(out, a.remote());
            }
            case Nai.Ipv6Adjacency a -> {
                Wire.writeIpv6(out, a.local());
                Wire.writeIpv6(out, a.remote());
            }
            case Nai.UnnumberedAdjacency a -> {
                Wire.writeIpv4(out, a.localNode());
                out.writeInt((int) a.localInterface());
                Wire.writeIpv4(out, a.remoteNode());
                out.writeInt((int) a.remoteInterface());
            }
            case Nai.Ipv6LinkLocalAdjacency a -> {
                Wire.writeIpv6(out, a.local());
                out.writeInt((int) a.localInterface());
                Wire.writeIpv6(out, a.remote());
                out.writeInt((int) a.remoteInterface());
            }
        }
    }
}
