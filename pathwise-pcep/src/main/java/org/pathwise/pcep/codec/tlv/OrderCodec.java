package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.OrderTlv;

/** ORDER, type 5 (RFC 5557 §5.4, Figure 5): Delete Order (32), Setup Order (32). */
public final class OrderCodec extends BaseTlvCodec<OrderTlv> {
    public OrderCodec() {
        super(OrderTlv.class, "ORDER", 5);
    }

    @Override
    public OrderTlv parse(ByteBuf value, DecodeContext ctx) {
        return new OrderTlv(value.readUnsignedInt(), value.readUnsignedInt());
    }

    @Override
    public void writeValue(OrderTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((int) t.deleteOrder());
        out.writeInt((int) t.setupOrder());
    }
}
