package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.ExtendedAssociationIdTlv;
import org.pathwise.pcep.types.Bytes;

/** EXTENDED-ASSOCIATION-ID, type 31 (RFC 8697 §6.1.4): Extended Association ID (variable). */
public final class ExtendedAssociationIdCodec extends BaseTlvCodec<ExtendedAssociationIdTlv> {
    public ExtendedAssociationIdCodec() {
        super(ExtendedAssociationIdTlv.class, "EXTENDED-ASSOCIATION-ID", 31);
    }

    @Override
    public ExtendedAssociationIdTlv parse(ByteBuf value, DecodeContext ctx) {
        return new ExtendedAssociationIdTlv(Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(ExtendedAssociationIdTlv t, ByteBuf out, CodecRegistry registry) {
        t.id().writeTo(out);
    }
}
