package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.VendorInformation;
import org.pathwise.pcep.types.Bytes;

/**
 * VENDOR-INFORMATION, class 34 type 1 (RFC 7470 §4, Figure 2):
 * <pre>
 * | Enterprise Number (32) |
 * ~ Enterprise-Specific Information (variable) ~
 * </pre>
 */
public final class VendorInformationCodec extends BaseObjectCodec<VendorInformation> {
    public VendorInformationCodec() {
        super(VendorInformation.class, "VENDOR-INFORMATION", 34, 1);
    }

    @Override
    public VendorInformation parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        long enterprise = body.readUnsignedInt();
        return new VendorInformation(flags, enterprise, Bytes.read(body, body.readableBytes()));
    }

    @Override
    public void writeBody(VendorInformation o, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) o.enterpriseNumber());
        o.enterpriseInformation().writeTo(out);
    }
}
