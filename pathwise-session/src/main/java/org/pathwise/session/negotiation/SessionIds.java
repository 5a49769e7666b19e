package org.pathwise.session.negotiation;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allocates the SID of our Open per peer (RFC 5440 §7.3: incremented for each new session with
 * the same peer, so a SID is not reused with it "within a short period"). Shared by all event
 * loops of a server; lock-free.
 */
public final class SessionIds {
    private final ConcurrentHashMap<InetAddress, Integer> last = new ConcurrentHashMap<>();

    public int next(InetAddress peer) {
        return last.merge(peer, 0, (previous, zero) -> (previous + 1) & 0xff);
    }
}
