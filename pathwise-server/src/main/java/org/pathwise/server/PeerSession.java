package org.pathwise.server;

import org.pathwise.pcep.message.Message;

/**
 * The server's view of one PCEP session with a PCC: where replies go. The transport (the
 * pathwise-session module, or a test) implements it; the server never touches a socket.
 */
public interface PeerSession {

    /** Queues {@code message} for the peer. Called from worker threads; must not block. */
    void send(Message message);

    /** What the session's Open exchange negotiated. */
    PeerCapabilities capabilities();

    /** A short name for logs, e.g. the peer's address. */
    String name();
}
