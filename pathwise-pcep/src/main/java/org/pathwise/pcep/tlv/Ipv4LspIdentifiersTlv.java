package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Ipv4Address;

/** IPV4-LSP-IDENTIFIERS (type 18; RFC 8231 §7.3.1): the RSVP-TE identity of the LSP. */
public record Ipv4LspIdentifiersTlv(Ipv4Address tunnelSender, int lspId, int tunnelId, Ipv4Address extendedTunnelId,
        Ipv4Address tunnelEndpoint) implements Tlv {}
