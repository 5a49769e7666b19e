package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Ipv4Address;

/** UNNUMBERED-ENDPOINT (type 41; RFC 8779 §2.5.2.3): LSR id and interface id. */
public record UnnumberedEndpointTlv(Ipv4Address lsrId, long interfaceId) implements Tlv {}
