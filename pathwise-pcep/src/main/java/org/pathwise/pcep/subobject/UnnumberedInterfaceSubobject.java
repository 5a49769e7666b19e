package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Ipv4Address;

/**
 * Unnumbered interface id (type 4; RFC 3477 §4, RRO RFC 3477 §5, XRO RFC 5521 §2.1.3).
 *
 * @param flags the RRO flags octet (0 in ERO/IRO/XRO)
 * @param attribute the XRO Attribute octet (0 elsewhere)
 */
public record UnnumberedInterfaceSubobject(boolean loose, int flags, int attribute, Ipv4Address routerId,
        long interfaceId) implements Subobject {}
