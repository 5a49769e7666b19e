package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.LspErrorCodeTlv;

/** LSP-ERROR-CODE, type 20 (RFC 8231 §7.3.3): LSP Error Code (32). */
public final class LspErrorCodeCodec extends BaseTlvCodec<LspErrorCodeTlv> {
    public LspErrorCodeCodec() {
        super(LspErrorCodeTlv.class, "LSP-ERROR-CODE", 20);
    }

    @Override
    public LspErrorCodeTlv parse(ByteBuf value, DecodeContext ctx) {
        return new LspErrorCodeTlv(value.readUnsignedInt());
    }

    @Override
    public void writeValue(LspErrorCodeTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) t.code());
    }
}
