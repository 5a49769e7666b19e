package org.pathwise.session.security;

/** PCEPS key material that cannot be used; the message names the file and the fix. */
public final class TlsConfigException extends RuntimeException {
    public TlsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
