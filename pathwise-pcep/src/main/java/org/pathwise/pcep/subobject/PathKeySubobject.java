package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.IpAddress;

/** PATH-KEY (type 64 with an IPv4 PCE id, 65 with IPv6; RFC 5520 §3.1). */
public record PathKeySubobject(boolean loose, int pathKey, IpAddress pceId) implements Subobject {}
