package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.SpeakerEntityIdTlv;
import org.pathwise.pcep.types.Bytes;

/** SPEAKER-ENTITY-ID, type 24 (RFC 8232 §4.2, Figure 3): Speaker Entity Identifier (variable). */
public final class SpeakerEntityIdCodec extends BaseTlvCodec<SpeakerEntityIdTlv> {
    public SpeakerEntityIdCodec() {
        super(SpeakerEntityIdTlv.class, "SPEAKER-ENTITY-ID", 24);
    }

    @Override
    public SpeakerEntityIdTlv parse(ByteBuf value, DecodeContext ctx) {
        return new SpeakerEntityIdTlv(Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(SpeakerEntityIdTlv t, ByteBuf out, CodecRegistry registry) {
        t.id().writeTo(out);
    }
}
