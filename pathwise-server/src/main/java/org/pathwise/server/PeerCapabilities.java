package org.pathwise.server;

/**
 * What a peer's Open negotiated that the computation needs (RFC 8664 §4.1.2 SR-PCE-CAPABILITY):
 * whether it speaks SR-MPLS and its maximum SID depth.
 *
 * @param segmentRouting the peer advertised SR-MPLS (PST 1)
 * @param maxSidDepth the peer's MSD; {@link #UNLIMITED_MSD} when it set the X flag or sent none
 */
public record PeerCapabilities(boolean segmentRouting, int maxSidDepth) {
    public static final int UNLIMITED_MSD = Integer.MAX_VALUE;
    /** RSVP-TE only: no SR capability. */
    public static final PeerCapabilities RSVP_ONLY = new PeerCapabilities(false, UNLIMITED_MSD);

    public PeerCapabilities {
        if (maxSidDepth < 1) {
            throw new IllegalArgumentException("MSD must be >= 1, got " + maxSidDepth);
        }
    }

    public static PeerCapabilities sr(int maxSidDepth) {
        return new PeerCapabilities(true, maxSidDepth);
    }
}
