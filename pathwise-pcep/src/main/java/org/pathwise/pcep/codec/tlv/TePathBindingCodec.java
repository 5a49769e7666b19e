package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.TePathBindingTlv;
import org.pathwise.pcep.types.Bytes;

/**
 * TE-PATH-BINDING, type 55 (RFC 9604 §4, Figure 1):
 * <pre>
 * | BT (8) | Flags (8): R ....... | Reserved (16) |
 * ~ Binding Value (variable) ~
 * </pre>
 */
public final class TePathBindingCodec extends BaseTlvCodec<TePathBindingTlv> {
    private static final int R = 0x80;

    public TePathBindingCodec() {
        super(TePathBindingTlv.class, "TE-PATH-BINDING", 55);
    }

    @Override
    public TePathBindingTlv parse(ByteBuf value, DecodeContext ctx) {
        int bt = value.readUnsignedByte();
        int f = value.readUnsignedByte();
        value.skipBytes(2);
        return new TePathBindingTlv(bt, (f & R) != 0, Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(TePathBindingTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeByte(t.bindingType());
        out.writeByte(t.remove() ? R : 0);
        out.writeShort(0);
        t.value().writeTo(out);
    }
}
