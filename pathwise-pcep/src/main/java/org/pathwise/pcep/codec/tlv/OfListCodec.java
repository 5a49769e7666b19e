package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.tlv.OfListTlv;

/** OF-LIST, type 4 (RFC 5541 §2.1, Figure 1): OF Code #1..#N (16 each). */
public final class OfListCodec extends BaseTlvCodec<OfListTlv> {
    public OfListCodec() {
        super(OfListTlv.class, "OF-LIST", 4);
    }

    @Override
    public OfListTlv parse(ByteBuf value, DecodeContext ctx) {
        List<Integer> codes = new ArrayList<>(value.readableBytes() / 2);
        while (value.isReadable()) {
            codes.add(value.readUnsignedShort());
        }
        return new OfListTlv(codes);
    }

    @Override
    public void writeValue(OfListTlv t, ByteBuf out, CodecRegistry registry) {
        t.codes().forEach(out::writeShort);
    }
}
