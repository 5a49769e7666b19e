package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.types.IpAddress;

/**
 * ASSOCIATION (class 40, type 1 IPv4 / 2 IPv6 by the source's family; RFC 8697 §6.1).
 *
 * @param remove R
 * @param associationType 1 path protection, 2 disjoint, 3 policy, 4/5 bidirectional, 6 SR policy
 */
public record Association(ObjectFlags flags, boolean remove, int associationType, int associationId,
        IpAddress source, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public Association {
        tlvs = List.copyOf(tlvs);
    }
}
