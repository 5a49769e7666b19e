package org.pathwise.session;

import org.pathwise.pcep.object.OpenObject;
import org.pathwise.session.capability.NegotiatedCapabilities;

/**
 * The agreed session parameters, fixed when the session comes Up.
 *
 * @param keepalive seconds between our keepalives: our final Open's Keepalive (0: none)
 * @param deadTimer seconds of silence after which we declare the peer dead: the peer's Open's
 *     DeadTimer (RFC 5440 §7.3), 0: never
 * @param localSessionId the SID in our Open
 * @param peerSessionId the SID in the peer's Open
 * @param tls whether the session runs over TLS (RFC 8253)
 * @param localOpen the Open we sent last (after any counter-proposal)
 * @param peerOpen the Open the peer sent last
 */
public record Negotiated(int keepalive, int deadTimer, int localSessionId, int peerSessionId, boolean tls,
        OpenObject localOpen, OpenObject peerOpen, NegotiatedCapabilities capabilities) {

    /** The keepalive period the peer promised in its Open. */
    public int peerKeepalive() {
        return peerOpen.keepalive();
    }
}
