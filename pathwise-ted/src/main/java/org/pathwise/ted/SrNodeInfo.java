package org.pathwise.ted;

import java.net.Inet6Address;

/**
 * A node's Segment Routing attributes: its SRGB (RFC 8402 §2, advertised in IS-IS per RFC 8667
 * §3.1 / OSPF per RFC 8665 §3.2), the index of its prefix (node) SID within that SRGB, and an
 * optional SRv6 locator (RFC 8986 §3.1).
 *
 * @param srgbBase first label of the SRGB; 0 together with {@code srgbRange} 0 when SR-MPLS is off
 * @param srgbRange number of labels in the SRGB (0 = no SRGB)
 * @param nodeSidIndex index of the node SID in the SRGB, -1 when the node has none
 * @param srv6Locator SRv6 locator prefix, null when none
 * @param srv6LocatorLength prefix length of {@code srv6Locator} (0 when none)
 */
public record SrNodeInfo(int srgbBase, int srgbRange, int nodeSidIndex,
                         Inet6Address srv6Locator, int srv6LocatorLength) {

    /** Largest MPLS label value: labels are 20 bits (RFC 3032 §2.1). */
    public static final int MAX_LABEL = (1 << 20) - 1;
    /** Labels 0..15 are reserved (RFC 3032 §2.1); an SRGB or adjacency SID never uses them. */
    public static final int FIRST_UNRESERVED_LABEL = 16;

    public SrNodeInfo {
        if (srgbRange < 0) {
            throw new TopologyException("SRGB range must be ≥ 0 (got " + srgbRange + ")");
        }
        if (srgbRange > 0 && (srgbBase < FIRST_UNRESERVED_LABEL || (long) srgbBase + srgbRange - 1 > MAX_LABEL)) {
            throw new TopologyException("SRGB [" + srgbBase + ", " + ((long) srgbBase + srgbRange - 1)
                    + "] is outside the usable MPLS label range [16, " + MAX_LABEL + "]");
        }
        if (nodeSidIndex < -1) {
            throw new TopologyException("node SID index must be ≥ 0, or -1 for none (got " + nodeSidIndex + ")");
        }
        if (nodeSidIndex >= 0 && srgbRange > 0 && nodeSidIndex >= srgbRange) {
            throw new TopologyException("node SID index " + nodeSidIndex + " does not fit the SRGB of "
                    + srgbRange + " labels starting at " + srgbBase);
        }
        if (srv6Locator == null ? srv6LocatorLength != 0 : srv6LocatorLength < 1 || srv6LocatorLength > 128) {
            throw new TopologyException("SRv6 locator length must be 1..128 with a locator, 0 without (got "
                    + srv6LocatorLength + ")");
        }
    }

    /** SR-MPLS only: an SRGB and a node SID index. */
    public static SrNodeInfo mpls(int srgbBase, int srgbRange, int nodeSidIndex) {
        return new SrNodeInfo(srgbBase, srgbRange, nodeSidIndex, null, 0);
    }

    /**
     * MPLS label of this node's prefix SID as seen by a router using the same SRGB
     * (RFC 8402 §2: label = SRGB base + index). -1 if the node has no node SID or no SRGB.
     */
    public int nodeSidLabel() {
        if (nodeSidIndex < 0 || srgbRange == 0) {
            return -1;
        }
        return srgbBase + nodeSidIndex;
    }
}
