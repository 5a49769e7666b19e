package org.pathwise.pcep.subobject;

/**
 * SR-ERO / SR-RRO (type 36; RFC 8664 §4.3.1, §4.4): one segment of an SR-MPLS path.
 *
 * <p>The S and F flags are the absence of {@code sid} and {@code nai}.
 *
 * @param naiType NT: the NAI's type even when the NAI itself is absent
 * @param mplsLabel M: the SID is an MPLS label stack entry (label in the top 20 bits) rather than an index
 * @param tcStackTtl C: TC, S and TTL of the label stack entry are meaningful (only with M)
 * @param sid the 32-bit SID, or null when absent (S flag)
 * @param nai the node or adjacency identifier, or null when absent (F flag)
 */
public record SrSubobject(boolean loose, NaiType naiType, boolean mplsLabel, boolean tcStackTtl, Long sid, Nai nai)
        implements Subobject {

    /** A strict node segment with an MPLS label and its IPv4 node id, as FRR sends them. */
    public static SrSubobject mplsLabel(int label, Nai nai) {
        return new SrSubobject(false, nai == null ? NaiType.ABSENT : nai.type(), true, false, (long) label << 12, nai);
    }

    /** The MPLS label when {@link #mplsLabel()} is set. */
    public int label() {
        return sid == null ? -1 : (int) (sid >>> 12);
    }
}
