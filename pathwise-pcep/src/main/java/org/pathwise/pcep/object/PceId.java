package org.pathwise.pcep.object;

import org.pathwise.pcep.types.IpAddress;

/** PCE-ID (class 25, type 1 IPv4 / 2 IPv6; RFC 5886 §4.3). */
public record PceId(ObjectFlags flags, IpAddress address) implements PcepObject {}
