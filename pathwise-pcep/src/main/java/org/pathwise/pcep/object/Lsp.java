package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * LSP (class 32, type 1; RFC 8231 §7.3, C of RFC 8281, N/F/E of RFC 8623).
 *
 * @param plspId PLSP-ID (20 bits); 0 ends state synchronization
 * @param delegate D
 * @param sync S: part of state synchronization
 * @param remove R
 * @param administrative A: administratively up
 * @param operational O: 0 DOWN, 1 UP, 2 ACTIVE, 3 GOING-DOWN, 4 GOING-UP
 * @param create C: PCE-initiated (RFC 8281)
 * @param p2mp N (RFC 8623)
 * @param fragmented F (RFC 8623)
 * @param eroCompression E (RFC 8623)
 * @param unassignedFlags flag bits not named above, kept so they survive a round trip
 */
public record Lsp(ObjectFlags flags, long plspId, boolean delegate, boolean sync, boolean remove,
        boolean administrative, int operational, boolean create, boolean p2mp, boolean fragmented,
        boolean eroCompression, int unassignedFlags, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public static final int DOWN = 0;
    public static final int UP = 1;
    public static final int ACTIVE = 2;
    public static final int GOING_DOWN = 3;
    public static final int GOING_UP = 4;

    public Lsp {
        tlvs = List.copyOf(tlvs);
    }
}
