package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.tlv.Ipv6LspIdentifiersTlv;

/**
 * IPV6-LSP-IDENTIFIERS, type 19 (RFC 8231 §7.3.1, Figure 13): sender (128), LSP ID (16),
 * Tunnel ID (16), Extended Tunnel ID (128), endpoint (128).
 */
public final class Ipv6LspIdentifiersCodec extends BaseTlvCodec<Ipv6LspIdentifiersTlv> {
    public Ipv6LspIdentifiersCodec() {
        super(Ipv6LspIdentifiersTlv.class, "IPV6-LSP-IDENTIFIERS", 19);
    }

    @Override
    public Ipv6LspIdentifiersTlv parse(ByteBuf value, DecodeContext ctx) {
        return new Ipv6LspIdentifiersTlv(Wire.readIpv6(value), value.readUnsignedShort(), value.readUnsignedShort(),
                Wire.readIpv6(value), Wire.readIpv6(value));
    }

    @Override
    public void writeValue(Ipv6LspIdentifiersTlv t, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv6(out, t.tunnelSender());
        out.writeShort(t.lspId());
        out.writeShort(t.tunnelId());
        Wire.writeIpv6(out, t.extendedTunnelId());
        Wire.writeIpv6(out, t.tunnelEndpoint());
    }
}
