package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/** PCEP-ERROR (class 13, type 1; RFC 5440 §7.15); codepoints in {@link org.pathwise.pcep.PcepErrors}. */
public record PcepError(ObjectFlags flags, int errorType, int errorValue, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public PcepError {
        tlvs = List.copyOf(tlvs);
    }

    public static PcepError of(int errorType, int errorValue) {
        return new PcepError(ObjectFlags.NONE, errorType, errorValue, List.of());
    }
}
