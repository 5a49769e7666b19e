package org.pathwise.session.security;

/** TCP-MD5 keys are configured but the transport cannot carry them (not Linux epoll). */
public final class TcpMd5UnsupportedException extends IllegalStateException {
    public TcpMd5UnsupportedException(String message) {
        super(message);
    }
}
