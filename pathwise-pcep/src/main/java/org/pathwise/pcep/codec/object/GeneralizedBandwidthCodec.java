package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.GeneralizedBandwidth;
import org.pathwise.pcep.types.Bytes;

/**
 * BANDWIDTH generalized, class 5 types 3 and 4 (RFC 8779 §2.3, Figure 1):
 * <pre>
 * | Bandwidth Spec Length (16) | Rev. Bandwidth Spec Length (16) |
 * | Bw Spec Type (8) | Reserved (24) |
 * // Generalized Bandwidth // Reverse Generalized Bandwidth (optional) // Optional TLVs //
 * </pre>
 * The bandwidth fields are padded together to a multiple of 4 before the TLVs.
 */
public final class GeneralizedBandwidthCodec extends BaseObjectCodec<GeneralizedBandwidth> {
    public GeneralizedBandwidthCodec() {
        super(GeneralizedBandwidth.class, "BANDWIDTH", 5, 3, 4);
    }

    @Override
    public int objectType(GeneralizedBandwidth o) {
        return o.existing() ? 4 : 3;
    }

    @Override
    public GeneralizedBandwidth parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int bwLength = body.readUnsignedShort();
        int reverseLength = body.readUnsignedShort();
        int specType = body.readUnsignedByte();
        body.skipBytes(3);
        int total = bwLength + reverseLength;
        if (((total + 3) & ~3) > body.readableBytes()) {
            throw ctx.malformed(body, "generalized bandwidth of " + total + " bytes runs past the object");
        }
        Bytes bandwidth = Bytes.read(body, bwLength);
        Bytes reverse = Bytes.read(body, reverseLength);
        body.skipBytes(-total & 3);
        return new GeneralizedBandwidth(flags, objectType == 4, specType, bandwidth, reverse, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(GeneralizedBandwidth o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(o.bandwidth().length());
        out.writeShort(o.reverseBandwidth().length());
        out.writeByte(o.specType());
        out.writeMedium(0);
        o.bandwidth().writeTo(out);
        o.reverseBandwidth().writeTo(out);
        out.writeZero(-(o.bandwidth().length() + o.reverseBandwidth().length()) & 3);
        registry.writeTlvs(o.tlvs(), out);
    }
}
