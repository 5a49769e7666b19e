package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * LSPA, LSP attributes (class 9, type 1; RFC 5440 §7.11).
 *
 * @param localProtectionDesired L
 */
public record Lspa(ObjectFlags flags, long excludeAny, long includeAny, long includeAll, int setupPriority,
        int holdingPriority, boolean localProtectionDesired, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public Lspa {
        tlvs = List.copyOf(tlvs);
    }
}
