package org.pathwise.pcc.emulate;

import java.util.Locale;

/**
 * The kinds of request the emulator mixes, each one PCReq shape (RFC 5440 §6.4). Every request
 * asks for the TE metric with the C flag so replies carry the path cost.
 */
public enum RequestKind {
    /** RP, END-POINTS, METRIC(TE, C): the plain shortest path. */
    SHORTEST,
    /** … plus BANDWIDTH (RFC 5440 §7.7): the demand's value, or 100 Mbit/s when it has none. */
    BANDWIDTH,
    /** … plus a bound on path delay (METRIC type 12, B flag; RFC 8233 §3.1). */
    DELAY_BOUND,
    /** … plus a bound on hop count (METRIC type 3, B flag; RFC 5440 §7.8). */
    HOP_LIMIT,
    /** … plus LSPA with an exclude-any affinity (RFC 5440 §7.11). */
    AFFINITY,
    /** Two requests for the same ends synchronised by a link-diverse SVEC (RFC 5440 §7.13, RFC 6007). */
    DISJOINT,
    /** … as SR-MPLS: PATH-SETUP-TYPE 1 in the RP (RFC 8408 §4, RFC 8664 §4.2); the reply is a label stack. */
    SR,
    /** … with objective function MBP, maximum residual bandwidth (RFC 5541 §4, code 3). */
    WIDEST;

    /** The name used on the command line and in reports: {@code delay-bound}, {@code sr}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Requests (RP objects) one message of this kind carries. */
    public int requestsPerMessage() {
        return this == DISJOINT ? 2 : 1;
    }

    public static RequestKind parse(String key) {
        for (RequestKind k : values()) {
            if (k.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown request kind '" + key + "'; use one of "
                + java.util.Arrays.stream(values()).map(RequestKind::key).toList());
    }
}
