package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.VendorInfoTlv;
import org.pathwise.pcep.types.Bytes;

/** VENDOR-INFO, type 7 (RFC 7470 §3, Figure 1): Enterprise Number (32), Enterprise-Specific Information. */
public final class VendorInfoCodec extends BaseTlvCodec<VendorInfoTlv> {
    public VendorInfoCodec() {
        super(VendorInfoTlv.class, "VENDOR-INFO", 7);
    }

    @Override
    public VendorInfoTlv parse(ByteBuf value, DecodeContext ctx) {
        long enterprise = value.readUnsignedInt();
        return new VendorInfoTlv(enterprise, Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(VendorInfoTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) t.enterpriseNumber());
        t.information().writeTo(out);
    }
}
