package org.pathwise.server;

import java.util.List;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.Rp;

/**
 * The server's view of one PCEP session with a PCC: where replies go. The transport (the
 * pathwise-session module, or a test) implements it; the server never touches a socket.
 */
public interface PeerSession {

    /** Queues {@code message} for the peer. Called from worker threads; must not block. */
    void send(Message message);

    /**
     * Queues {@code message} and runs {@code written} once it has been written to the peer's
     * socket (the end of the server's "total" stage). A transport without sockets runs it after
     * {@link #send(Message)} returns.
     */
    default void send(Message message, Runnable written) {
        send(message);
        written.run();
    }

    /**
     * Answers a cancellation naming requests the server does not hold: PCErr 8 (unknown request
     * reference, RFC 5440 §7.15). A transport may also count them against its abuse limit.
     */
    default void unknownRequests(List<Rp> requests) {
        send(Notifications.error(PcepErrors.UNKNOWN_REQUEST_REFERENCE, requests));
    }

    /**
     * Whether messages can still reach the peer. The server sends nothing once this is false, so
     * a transport being shut down is not written to.
     */
    default boolean isOpen() {
        return true;
    }

    /** What the session's Open exchange negotiated. */
    PeerCapabilities capabilities();

    /** A short name for logs, e.g. the peer's address. */
    String name();
}
