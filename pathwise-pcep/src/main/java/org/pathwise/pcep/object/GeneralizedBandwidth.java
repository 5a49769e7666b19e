package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.types.Bytes;

/**
 * BANDWIDTH, generalized (class 5, types 3 and 4; RFC 8779 §2.3): traffic parameters of a
 * technology-specific format, as RSVP-TE carries them.
 *
 * @param existing type 4 (existing LSP being re-optimised) instead of type 3
 * @param specType Bw Spec Type (RFC 8779 Table 4)
 * @param bandwidth Generalized Bandwidth
 * @param reverseBandwidth Reverse Generalized Bandwidth (empty when absent)
 */
public record GeneralizedBandwidth(ObjectFlags flags, boolean existing, int specType, Bytes bandwidth,
        Bytes reverseBandwidth, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public GeneralizedBandwidth {
        tlvs = List.copyOf(tlvs);
    }
}
