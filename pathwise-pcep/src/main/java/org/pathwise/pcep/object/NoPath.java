package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * NO-PATH (class 3, type 1; RFC 5440 §7.5).
 *
 * @param natureOfIssue NI: 0 no path satisfies the constraints, 1 PCE chain broken
 * @param unsatisfiedConstraints C: the reply carries the constraints that could not be met
 */
public record NoPath(ObjectFlags flags, int natureOfIssue, boolean unsatisfiedConstraints, List<Tlv> tlvs)
        implements PcepObject, HasTlvs {
    public NoPath {
        tlvs = List.copyOf(tlvs);
    }
}
