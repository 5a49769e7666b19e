package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.OverloadedDurationTlv;

/** OVERLOADED-DURATION, type 2 (RFC 5440 §7.14): duration in seconds (32). */
public final class OverloadedDurationCodec extends BaseTlvCodec<OverloadedDurationTlv> {
    public OverloadedDurationCodec() {
        super(OverloadedDurationTlv.class, "OVERLOADED-DURATION", 2);
    }

    @Override
    public OverloadedDurationTlv parse(ByteBuf value, DecodeContext ctx) {
        return new OverloadedDurationTlv(value.readUnsignedInt());
    }

    @Override
    public void writeValue(OverloadedDurationTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) t.seconds());
    }
}
