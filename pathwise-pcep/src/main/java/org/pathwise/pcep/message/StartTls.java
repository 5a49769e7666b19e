package org.pathwise.pcep.message;

/** StartTLS (type 13; RFC 8253 §3.3): the common header alone. */
public record StartTls() implements Message {
    public static final StartTls INSTANCE = new StartTls();
}
