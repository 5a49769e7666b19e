package org.pathwise.pcc;

import java.util.Optional;
import org.pathwise.pcep.ErrorCode;

/** Why a path computation request got no PCRep. */
public final class RequestFailedException extends RuntimeException {

    public enum Reason {
        /** No PCRep within the request timeout; the request was cancelled with PCNtf 1/1. */
        TIMEOUT,
        /** The PCE cancelled it (PCNtf 1/2, RFC 5440 §7.14). */
        CANCELLED_BY_PCE,
        /** The PCE answered with a PCErr naming it. */
        REJECTED,
        /** The session went down, or was not Up, before the reply. */
        SESSION_DOWN
    }

    private final Reason reason;
    private final transient ErrorCode error;

    public RequestFailedException(Reason reason, ErrorCode error, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.error = error;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<ErrorCode> error() {
        return Optional.ofNullable(error);
    }
}
