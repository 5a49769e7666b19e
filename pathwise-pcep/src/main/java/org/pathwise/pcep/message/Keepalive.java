package org.pathwise.pcep.message;

/** Keepalive (type 2; RFC 5440 §6.3): the common header alone. */
public record Keepalive() implements Message {
    public static final Keepalive INSTANCE = new Keepalive();
}
