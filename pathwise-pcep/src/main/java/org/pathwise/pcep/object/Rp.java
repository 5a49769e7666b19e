package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * RP, request parameters (class 2, type 1; RFC 5440 §7.4 and the flags added since).
 *
 * @param priority Pri, 0 (unspecified) to 7 (highest)
 * @param reoptimization R
 * @param bidirectional B
 * @param loose O: a loose path is acceptable
 * @param vspt V: Virtual Shortest Path Tree, BRPC (RFC 5441)
 * @param supplyOf S: supply the objective function in the reply (RFC 5541)
 * @param pathKey P: path key requested (RFC 5520)
 * @param reportOrder D: report the request order, GCO (RFC 5557)
 * @param makeBeforeBreak M: make-before-break, GCO (RFC 5557)
 * @param eroCompression E (RFC 8306)
 * @param p2mp N (RFC 8306)
 * @param fragmentation F (RFC 8306)
 * @param coreTree C: core-tree computation (RFC 8306 registry)
 * @param unassignedFlags flag bits not named above, kept so they survive a round trip
 * @param requestId Request-ID-number (32 bits)
 */
public record Rp(ObjectFlags flags, int priority, boolean reoptimization, boolean bidirectional, boolean loose,
        boolean vspt, boolean supplyOf, boolean pathKey, boolean reportOrder, boolean makeBeforeBreak,
        boolean eroCompression, boolean p2mp, boolean fragmentation, boolean coreTree, int unassignedFlags,
        long requestId, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public Rp {
        tlvs = List.copyOf(tlvs);
    }

    /** A plain request: P flag set, no flags, the given priority and id. */
    public static Rp of(long requestId, int priority, List<Tlv> tlvs) {
        return new Rp(ObjectFlags.P, priority, false, false, false, false, false, false, false, false, false, false,
                false, false, 0, requestId, tlvs);
    }
}
