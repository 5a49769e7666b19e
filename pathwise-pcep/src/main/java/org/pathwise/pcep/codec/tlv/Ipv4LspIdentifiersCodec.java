package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.tlv.Ipv4LspIdentifiersTlv;

/**
 * IPV4-LSP-IDENTIFIERS, type 18 (RFC 8231 §7.3.1, Figure 12):
 * <pre>
 * | IPv4 Tunnel Sender Address (32) |
 * | LSP ID (16) | Tunnel ID (16) |
 * | Extended Tunnel ID (32) |
 * | IPv4 Tunnel Endpoint Address (32) |
 * </pre>
 */
public final class Ipv4LspIdentifiersCodec extends BaseTlvCodec<Ipv4LspIdentifiersTlv> {
    public Ipv4LspIdentifiersCodec() {
        super(Ipv4LspIdentifiersTlv.class, "IPV4-LSP-IDENTIFIERS", 18);
    }

    @Override
    public Ipv4LspIdentifiersTlv parse(ByteBuf value, DecodeContext ctx) {
        return new Ipv4LspIdentifiersTlv(Wire.readIpv4(value), value.readUnsignedShort(), value.readUnsignedShort(),
                Wire.readIpv4(value), Wire.readIpv4(value));
    }

    @Override
    public void writeValue(Ipv4LspIdentifiersTlv t, ByteBuf out, CodecRegistry registry) {
        Wire.writeIpv4(out, t.tunnelSender());
        out.writeShort(t.lspId());
        out.writeShort(t.tunnelId());
        Wire.writeIpv4(out, t.extendedTunnelId());
        Wire.writeIpv4(out, t.tunnelEndpoint());
    }
}
