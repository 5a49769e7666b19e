package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.tlv.Ipv6AddressTlv;

/** IPV6-ADDRESS, type 40 (RFC 8779 §2.5.2.2): IPv6 address (128). */
public final class Ipv6AddressCodec extends BaseTlvCodec<Ipv6AddressTlv> {
    public Ipv6AddressCodec() {
        super(Ipv6AddressTlv.class, "IPV6-ADDRESS", 40);
    }

    @Override
    public Ipv6AddressTlv parse(ByteBuf value, DecodeContext ctx) {
        return new Ipv6AddressTlv(Wire.readIpv6(value));
    }

    @Override
    public void writeValue(Ipv6AddressTlv t, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv6(out, t.address());
    }
}
