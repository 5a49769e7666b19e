package org.pathwise.session.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.session.PcepSession;

/**
 * One PCEP session per pair of speakers (RFC 5440 §6.2: a second session is refused with PCErr
 * 9). Shared by every event loop of a transport, so lock-free: concurrent maps of claims, one for
 * connections this side accepted and one for those it initiated, keyed by both addresses.
 *
 * <p>Collision rule: when two speakers connect to each other (one accepted and one initiated
 * connection between the same addresses), the connection initiated by the speaker with the higher
 * IP address survives, whether or not the other one already came Up, so both sides agree without
 * talking. (Letting an Up session win instead made the two ends disagree whenever one of them saw
 * the session Up before the other did: each dropped a different connection and none survived.)
 * A second connection in the same direction is refused with PCErr 9. A PCE and PCCs in one
 * process on the same address are not a collision: the accepted connection whose far end is our
 * own initiated socket is recognised.
 */
public final class SessionRegistry {

    /** What to do with a new connection. */
    enum Claim { ACCEPT, REJECT_NEW }

    private final ConcurrentHashMap<SessionKey, SessionHandler> accepted = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SessionKey, SessionHandler> initiated = new ConcurrentHashMap<>();

    Claim claim(SessionKey key, SessionHandler candidate) {
        ConcurrentHashMap<SessionKey, SessionHandler> same = candidate.initiatedLocally() ? initiated : accepted;
        ConcurrentHashMap<SessionKey, SessionHandler> other = candidate.initiatedLocally() ? accepted : initiated;
        if (same.putIfAbsent(key, candidate) != null) {
            return Claim.REJECT_NEW;
        }
        SessionHandler rival = other.get(key);
        if (rival == null || isSelfConnection(candidate, rival)) {
            return Claim.ACCEPT;
        }
        boolean keepLocallyInitiated = compare(key.local(), key.peer()) > 0;
        if (candidate.initiatedLocally() != keepLocallyInitiated) {
            same.remove(key, candidate);
            return Claim.REJECT_NEW;
        }
        rival.dropForCollision();
        return Claim.ACCEPT;
    }

    /** Releases {@code key} if {@code handler} still holds it. */
    void release(SessionKey key, SessionHandler handler) {
        (handler.initiatedLocally() ? initiated : accepted).remove(key, handler);
    }

    /** Every session holding a claim: Up or still negotiating. */
    public List<PcepSession> all() {
        List<PcepSession> all = new ArrayList<>(accepted.size() + initiated.size());
        all.addAll(accepted.values());
        all.addAll(initiated.values());
        return all;
    }

    /** The sessions a listener on {@code localPort} accepted. */
    public List<PcepSession> acceptedOn(int localPort) {
        return accepted.values().stream()
                .filter(h -> h.localAddress() != null && h.localAddress().getPort() == localPort)
                .map(PcepSession.class::cast)
                .toList();
    }

    /**
     * Closes the sessions a listener on {@code localPort} accepted with Close {@code reason} and
     * waits (at most {@code timeoutMillis}) until their connections are closed, so the event loops
     * can be shut down after them rather than under them.
     */
    public void closeAccepted(int localPort, int reason, long timeoutMillis) {
        List<SessionHandler> handlers = accepted.values().stream()
                .filter(h -> h.localAddress() != null && h.localAddress().getPort() == localPort)
                .toList();
        handlers.forEach(h -> h.close(reason));
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        for (SessionHandler h : handlers) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !h.closeFuture().awaitUninterruptibly(left / 1_000_000 + 1)) {
                return;
            }
        }
    }

    public int size() {
        return accepted.size() + initiated.size();
    }

    /** The accepted end of our own outgoing connection (same process, same addresses). */
    private static boolean isSelfConnection(SessionHandler a, SessionHandler b) {
        InetSocketAddress aFar = a.peerAddress();
        InetSocketAddress bNear = b.localAddress();
        InetSocketAddress aNear = a.localAddress();
        InetSocketAddress bFar = b.peerAddress();
        return (aFar != null && aFar.equals(bNear)) || (aNear != null && aNear.equals(bFar));
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
