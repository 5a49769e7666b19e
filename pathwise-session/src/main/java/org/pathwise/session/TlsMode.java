package org.pathwise.session;

/** Whether a session with a peer runs over TLS (PCEPS, RFC 8253). */
public enum TlsMode {
    /** Plain TCP; a StartTLS from the peer is refused with PCErr 1/1. */
    OFF,
    /**
     * Offer StartTLS; when the peer answers with an Open (or PCErr) instead, go on without TLS
     * (RFC 8253 §3.4 "connection without TLS is possible").
     */
    OPTIONAL,
    /** StartTLS or nothing: an Open instead of StartTLS is answered with PCErr 25/3 and a close. */
    REQUIRED
}
