package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.SymbolicPathNameTlv;
import org.pathwise.pcep.types.Bytes;

/** SYMBOLIC-PATH-NAME, type 17 (RFC 8231 §7.3.2): the name's bytes (padded by the TLV layer). */
public final class SymbolicPathNameCodec extends BaseTlvCodec<SymbolicPathNameTlv> {
    public SymbolicPathNameCodec() {
        super(SymbolicPathNameTlv.class, "SYMBOLIC-PATH-NAME", 17);
    }

    @Override
    public SymbolicPathNameTlv parse(ByteBuf value, DecodeContext ctx) {
        return new SymbolicPathNameTlv(Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(SymbolicPathNameTlv t, ByteBuf out, CodecRegistry registry) {
        t.name().writeTo(out);
    }
}
