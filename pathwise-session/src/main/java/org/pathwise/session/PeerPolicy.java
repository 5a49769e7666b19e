package org.pathwise.session;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Who may connect and on what terms. Consulted on the event loop when a connection is accepted
 * (and when a PCC connects out), so an implementation must answer from memory without blocking;
 * {@code org.pathwise.session.security} provides the CIDR allowlist implementation.
 */
@FunctionalInterface
public interface PeerPolicy {

    /** The settings for {@code peer}, or empty when the peer is not allowed (connection dropped). */
    Optional<PeerSettings> settingsFor(InetAddress peer);

    /** Everyone, on the same terms. */
    static PeerPolicy allowAll(PeerSettings settings) {
        Optional<PeerSettings> answer = Optional.of(settings);
        return peer -> answer;
    }
}
