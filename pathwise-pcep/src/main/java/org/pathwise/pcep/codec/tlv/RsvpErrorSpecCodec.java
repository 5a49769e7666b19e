package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.RsvpErrorSpecTlv;
import org.pathwise.pcep.types.Bytes;

/** RSVP-ERROR-SPEC, type 21 (RFC 8231 §7.3.4): an RSVP ERROR_SPEC or USER_ERROR_SPEC object, kept as sent. */
public final class RsvpErrorSpecCodec extends BaseTlvCodec<RsvpErrorSpecTlv> {
    public RsvpErrorSpecCodec() {
        super(RsvpErrorSpecTlv.class, "RSVP-ERROR-SPEC", 21);
    }

    @Override
    public RsvpErrorSpecTlv parse(ByteBuf value, DecodeContext ctx) {
        return new RsvpErrorSpecTlv(Bytes.read(value, value.readableBytes()));
    }

    @Override
    public void writeValue(RsvpErrorSpecTlv t, ByteBuf out, CodecRegistry registry) {
        t.rsvpObject().writeTo(out);
    }
}
