package org.pathwise.session.transport;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.session.PcepSession;

/**
 * One PCEP session per pair of speakers (RFC 5440 §6.2: a second session is refused with PCErr
 * 9). Shared by every event loop of a transport, so lock-free: a concurrent map of claims.
 *
 * <p>Collision rule: when two speakers connect to each other at the same time, the connection
 * initiated by the speaker with the higher IP address survives (RFC 5440 §6.2 / §7.3 intent: one
 * deterministic winner both sides agree on without talking). An established session always wins.
 */
public final class SessionRegistry {

    /** What to do with a new connection. */
    enum Claim { ACCEPT, REJECT_NEW, REPLACE_EXISTING }

    private final ConcurrentHashMap<SessionKey, SessionHandler> sessions = new ConcurrentHashMap<>();

    Claim claim(SessionKey key, SessionHandler candidate) {
        SessionHandler existing = sessions.putIfAbsent(key, candidate);
        if (existing == null) {
            return Claim.ACCEPT;
        }
        if (existing.isUp() || existing.initiatedLocally() == candidate.initiatedLocally()) {
            return Claim.REJECT_NEW;
        }
        boolean keepLocallyInitiated = compare(key.local(), key.peer()) > 0;
        if (candidate.initiatedLocally() == keepLocallyInitiated && sessions.replace(key, existing, candidate)) {
            return Claim.REPLACE_EXISTING;
        }
        return Claim.REJECT_NEW;
    }

    /** Releases {@code key} if {@code handler} still holds it. */
    void release(SessionKey key, SessionHandler handler) {
        sessions.remove(key, handler);
    }

    /** Every session holding a claim: Up or still negotiating. */
    public List<PcepSession> all() {
        return List.copyOf(sessions.values());
    }

    public int size() {
        return sessions.size();
    }

    /** Unsigned byte-wise order of two addresses; IPv4 below IPv6. */
    static int compare(InetAddress a, InetAddress b) {
        byte[] x = a.getAddress();
        byte[] y = b.getAddress();
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        return Arrays.compareUnsigned(x, y);
    }
}
