package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * SRP, stateful request parameters (class 33, type 1; RFC 8231 §7.2, R of RFC 8281).
 *
 * @param remove R: LSP deletion (RFC 8281)
 * @param unassignedFlags flag bits not named above, kept so they survive a round trip
 * @param srpId SRP-ID-number; 0 and 0xFFFFFFFF are reserved
 */
public record Srp(ObjectFlags flags, boolean remove, int unassignedFlags, long srpId, List<Tlv> tlvs)
        implements PcepObject, HasTlvs {
    public Srp {
        tlvs = List.copyOf(tlvs);
    }
}
