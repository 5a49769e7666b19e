package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.ReqMissingTlv;

/** REQ-MISSING, type 3 (RFC 5440 §7.15): Request-ID-number (32). */
public final class ReqMissingCodec extends BaseTlvCodec<ReqMissingTlv> {
    public ReqMissingCodec() {
        super(ReqMissingTlv.class, "REQ-MISSING", 3);
    }

    @Override
    public ReqMissingTlv parse(ByteBuf value, DecodeContext ctx) {
        return new ReqMissingTlv(value.readUnsignedInt());
    }

    @Override
    public void writeValue(ReqMissingTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) t.requestId());
    }
}
