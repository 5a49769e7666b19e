package org.pathwise.session.limits;

/** Each abuse limit by its configuration name, for logs, counters and docs/security.md. */
public enum Limit {
    NOT_IN_ALLOWLIST("allowlist", "source address outside every allowed prefix; closed at accept"),
    SOURCE_RATE("connections-per-second-per-source", "source opens connections too fast; closed at accept"),
    GLOBAL_RATE("connections-per-second", "all sources together open connections too fast; closed at accept"),
    PENDING_CONNECTIONS("max-pending-connections", "too many connections without a completed Open; closed at accept"),
    FIRST_MESSAGE_TIMEOUT("first-message-timeout", "no complete PCEP message in time; connection dropped"),
    SLOW_READ("min-partial-read-rate", "an incomplete message arrives too slowly (slowloris); connection dropped"),
    NOT_PCEP("first-byte-check", "the first bytes are not PCEP version 1; PCErr 1/8, Close 3, connection closed");

    private final String key;
    private final String effect;

    Limit(String key, String effect) {
        this.key = key;
        this.effect = effect;
    }

    public String key() {
        return key;
    }

    public String effect() {
        return effect;
    }
}
