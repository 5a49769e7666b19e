package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/** CLOSE (class 15, type 1; RFC 5440 §7.17); reasons in {@link org.pathwise.pcep.CloseReason}. */
public record CloseObject(ObjectFlags flags, int reason, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public CloseObject {
        tlvs = List.copyOf(tlvs);
    }
}
