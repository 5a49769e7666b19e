package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.LspDbVersionTlv;

/** LSP-DB-VERSION, type 23 (RFC 8232 §4.1, Figure 2): LSP State DB Version Number (64). */
public final class LspDbVersionCodec extends BaseTlvCodec<LspDbVersionTlv> {
    public LspDbVersionCodec() {
        super(LspDbVersionTlv.class, "LSP-DB-VERSION", 23);
    }

    @Override
    public LspDbVersionTlv parse(ByteBuf value, DecodeContext ctx) {
        return new LspDbVersionTlv(value.readLong());
    }

    @Override
    public void writeValue(LspDbVersionTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeLong(t.version());
    }
}
