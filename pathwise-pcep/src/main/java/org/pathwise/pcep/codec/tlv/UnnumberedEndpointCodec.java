package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.tlv.UnnumberedEndpointTlv;

/** UNNUMBERED-ENDPOINT, type 41 (RFC 8779 §2.5.2.3): LSR's ID (32), Interface ID (32). */
public final class UnnumberedEndpointCodec extends BaseTlvCodec<UnnumberedEndpointTlv> {
    public UnnumberedEndpointCodec() {
        super(UnnumberedEndpointTlv.class, "UNNUMBERED-ENDPOINT", 41);
    }

    @Override
    public UnnumberedEndpointTlv parse(ByteBuf value, DecodeContext ctx) {
        return new UnnumberedEndpointTlv(Wire.readIpv4(value), value.readUnsignedInt());
    }

    @Override
    public void writeValue(UnnumberedEndpointTlv t, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv4(out, t.lsrId());
        out.writeInt((int) t.interfaceId());
    }
}
