package org.pathwise.server;

import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.server.dispatch.Job;

/**
 * The server's state for one session: the requests it has waiting or computing, by request id
 * (RFC 5440 §7.4.1: the Request-ID-number identifies a request within the session), so a
 * cancellation can find them.
 */
final class Client {
    final PeerSession session;
    final ConcurrentHashMap<Long, Job> pending = new ConcurrentHashMap<>();
    volatile boolean down;

    Client(PeerSession session) {
        this.session = session;
    }

    /** Forgets {@code requestId} if it still belongs to {@code job}; true when it did. */
    boolean complete(long requestId, Job job) {
        return pending.remove(requestId, job);
    }
}
