package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.tlv.AutoBandwidthAttributesTlv;
import org.pathwise.pcep.tlv.AutoBandwidthAttributesTlv.Attribute;
import org.pathwise.pcep.types.Bytes;

/**
 * AUTO-BANDWIDTH-ATTRIBUTES, type 37 (RFC 8733 §4.2): sub-TLVs with their own type space, each
 * Type (16), Length (16), value padded to 4 as TLVs are.
 */
public final class AutoBandwidthAttributesCodec extends BaseTlvCodec<AutoBandwidthAttributesTlv> {
    public AutoBandwidthAttributesCodec() {
        super(AutoBandwidthAttributesTlv.class, "AUTO-BANDWIDTH-ATTRIBUTES", 37);
    }

    @Override
    public AutoBandwidthAttributesTlv parse(ByteBuf value, DecodeContext ctx) {
        List<Attribute> attributes = new ArrayList<>(4);
        while (value.isReadable()) {
            if (value.readableBytes() < 4) {
                throw ctx.malformed(value, "truncated auto-bandwidth sub-TLV header");
            }
            int type = value.readUnsignedShort();
            int length = value.readUnsignedShort();
            int padded = (length + 3) & ~3;
            if (padded > value.readableBytes()) {
                throw ctx.malformed(value, "auto-bandwidth sub-TLV " + type + " runs past its TLV");
            }
            attributes.add(new Attribute(type, Bytes.read(value, length)));
            value.skipBytes(padded - length);
        }
        return new AutoBandwidthAttributesTlv(attributes);
    }

    @Override
    public void writeValue(AutoBandwidthAttributesTlv t, ByteBuf out, CodecRegistry registry) {
        for (Attribute a : t.attributes()) {
            out.writeShort(a.type());
            out.writeShort(a.value().length());
            a.value().writeTo(out);
            out.writeZero(-a.value().length() & 3);
        }
    }
}
