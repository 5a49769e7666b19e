package org.pathwise.session;

import java.util.Optional;
import org.pathwise.pcep.ErrorCode;

/**
 * Why a session ended (or never came up).
 *
 * @param cause what happened
 * @param closeReason the CLOSE reason sent or received (RFC 5440 §7.17), 0 when no Close was exchanged
 * @param error the PCErr sent or received that ended it, if any
 * @param detail one line for logs
 */
public record SessionDown(Cause cause, int closeReason, Optional<ErrorCode> error, String detail) {

    public enum Cause {
        /** This side closed: {@link PcepSession#close(int)}, server shutdown. */
        LOCAL_CLOSE,
        /** The peer sent Close. */
        PEER_CLOSE,
        /** No message from the peer within its DeadTimer: Close reason 2 sent. */
        DEAD_TIMER,
        /** The peer broke the protocol (malformed stream, too many unknown messages/requests): Close sent. */
        PROTOCOL_VIOLATION,
        /** Open negotiation failed: PCErr 1/x (or 25/x) sent or received. */
        NEGOTIATION_FAILED,
        /** The TLS handshake failed after StartTLS. */
        TLS_FAILED,
        /** Refused at once: peer not allowed, or a second session from the same address (PCErr 9). */
        REJECTED,
        /** TCP went away without a Close. */
        CONNECTION_LOST
    }

    public static SessionDown of(Cause cause, String detail) {
        return new SessionDown(cause, 0, Optional.empty(), detail);
    }

    public static SessionDown error(Cause cause, ErrorCode error, String detail) {
        return new SessionDown(cause, 0, Optional.of(error), detail);
    }

    public static SessionDown close(Cause cause, int reason, String detail) {
        return new SessionDown(cause, reason, Optional.empty(), detail);
    }
}
