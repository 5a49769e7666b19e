package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.tlv.Ipv4AddressTlv;

/** IPV4-ADDRESS, type 39 (RFC 8779 §2.5.2.1): IPv4 address (32). */
public final class Ipv4AddressCodec extends BaseTlvCodec<Ipv4AddressTlv> {
    public Ipv4AddressCodec() {
        super(Ipv4AddressTlv.class, "IPV4-ADDRESS", 39);
    }

    @Override
    public Ipv4AddressTlv parse(ByteBuf value, DecodeContext ctx) {
        return new Ipv4AddressTlv(Wire.readIpv4(value));
    }

    @Override
    public void writeValue(Ipv4AddressTlv t, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv4(out, t.address());
    }
}
