package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.LabelRequestTlv;

/** LABEL-REQUEST, type 42 (RFC 8779 §2.5.2.4; RFC 3471 §3.1): LSP Enc. Type (8), Switching Type (8), G-PID (16). */
public final class LabelRequestCodec extends BaseTlvCodec<LabelRequestTlv> {
    public LabelRequestCodec() {
        super(LabelRequestTlv.class, "LABEL-REQUEST", 42);
    }

    @Override
    public LabelRequestTlv parse(ByteBuf value, DecodeContext ctx) {
        return new LabelRequestTlv(value.readUnsignedByte(), value.readUnsignedByte(), value.readUnsignedShort());
    }

    @Override
    public void writeValue(LabelRequestTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeByte(t.encodingType());
        out.writeByte(t.switchingType());
        out.writeShort(t.gpid());
    }
}
