package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * GC, global constraints for Global Concurrent Optimization (class 24, type 1; RFC 5557 §5.3).
 *
 * @param maxUtilization MU, percent
 * @param minUtilization mU, percent
 * @param overbookingFactor OB, percent
 */
public record GlobalConstraints(ObjectFlags flags, int maxUtilization, int minUtilization, int overbookingFactor,
        List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public GlobalConstraints {
        tlvs = List.copyOf(tlvs);
    }
}
