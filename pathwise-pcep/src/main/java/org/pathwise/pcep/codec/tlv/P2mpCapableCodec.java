package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.P2mpCapableTlv;

/** P2MP-CAPABLE, type 6 (RFC 8306 §3.1.2): a 2-byte value, no bits assigned. */
public final class P2mpCapableCodec extends BaseTlvCodec<P2mpCapableTlv> {
    public P2mpCapableCodec() {
        super(P2mpCapableTlv.class, "P2MP-CAPABLE", 6);
    }

    @Override
    public P2mpCapableTlv parse(ByteBuf value, DecodeContext ctx) {
        if (value.readableBytes() != 2) {
            throw ctx.malformed(value, "P2MP-CAPABLE value must be 2 bytes, not " + value.readableBytes());
        }
        return new P2mpCapableTlv(value.readUnsignedShort());
    }

    @Override
    public void writeValue(P2mpCapableTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeShort(t.value());
    }
}
