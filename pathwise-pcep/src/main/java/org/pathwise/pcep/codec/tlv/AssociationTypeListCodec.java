package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.tlv.AssociationTypeListTlv;

/** ASSOC-TYPE-LIST, type 35 (RFC 8697 §5.1, Figure 2): Assoc-type #1..#N (16 each). */
public final class AssociationTypeListCodec extends BaseTlvCodec<AssociationTypeListTlv> {
    public AssociationTypeListCodec() {
        super(AssociationTypeListTlv.class, "ASSOC-TYPE-LIST", 35);
    }

    @Override
    public AssociationTypeListTlv parse(ByteBuf value, DecodeContext ctx) {
        List<Integer> types = new ArrayList<>(value.readableBytes() / 2);
        while (value.isReadable()) {
            types.add(value.readUnsignedShort());
        }
        return new AssociationTypeListTlv(types);
    }

    @Override
    public void writeValue(AssociationTypeListTlv t, ByteBuf out, CodecRegistry registry) {
        t.associationTypes().forEach(out::writeShort);
    }
}
