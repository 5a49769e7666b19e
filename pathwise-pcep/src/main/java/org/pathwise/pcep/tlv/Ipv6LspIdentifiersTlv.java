package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Ipv6Address;

/** IPV6-LSP-IDENTIFIERS (type 19; RFC 8231 §7.3.1). */
public record Ipv6LspIdentifiersTlv(Ipv6Address tunnelSender, int lspId, int tunnelId, Ipv6Address extendedTunnelId,
        Ipv6Address tunnelEndpoint) implements Tlv {}
