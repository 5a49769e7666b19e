package org.pathwise.session.transport;

import org.pathwise.session.SessionDown;

/** A session that ended before Up, for futures that wait on establishment. */
public final class SessionFailedException extends RuntimeException {
    private final transient SessionDown reason;

    public SessionFailedException(SessionDown reason) {
        super(reason.cause() + ": " + reason.detail(), null, false, false);
        this.reason = reason;
    }

    public SessionDown reason() {
        return reason;
    }
}
