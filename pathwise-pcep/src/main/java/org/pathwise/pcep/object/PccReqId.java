package org.pathwise.pcep.object;

import org.pathwise.pcep.types.IpAddress;

/** PCC-REQ-ID (class 20, type 1 IPv4 / 2 IPv6; RFC 5886 §4.2): the requesting PCC's address. */
public record PccReqId(ObjectFlags flags, IpAddress address) implements PcepObject {}
