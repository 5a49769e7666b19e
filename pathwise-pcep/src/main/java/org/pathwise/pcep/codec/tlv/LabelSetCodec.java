package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.LabelSetTlv;
import org.pathwise.pcep.types.Bytes;

/**
 * LABEL-SET, type 43 (RFC 8779 §2.5.2.5; RFC 3471 §3.5):
 * <pre>
 * | Action (8) | Reserved/flags (10) | Label Type (14) |
 * ~ Subchannel 1 ... Subchannel N ~
 * </pre>
 */
public final class LabelSetCodec extends BaseTlvCodec<LabelSetTlv> {
    public LabelSetCodec() {
        super(LabelSetTlv.class, "LABEL-SET", 43);
    }

    @Override
    public LabelSetTlv parse(ByteBuf value, DecodeContext ctx) {
        int action = value.readUnsignedByte();
        int rest = value.readUnsignedMedium();
        return new LabelSetTlv(action, rest >>> 14, rest & 0x3fff, Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(LabelSetTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeByte(t.action());
        out.writeMedium((t.flags() & 0x3ff) << 14 | (t.labelType() & 0x3fff));
        t.subchannels().writeTo(out);
    }
}
