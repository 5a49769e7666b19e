package org.pathwise.session.security;

/**
 * What a peer's certificate must show besides chaining to the truststore (RFC 8253 §3.5, which
 * defers to RFC 6125 for matching reference identities).
 */
public enum PeerIdentityCheck {
    /** Any certificate issued by a trusted CA: the CA vouches for every holder (a private PKI). */
    TRUSTED_CHAIN,
    /**
     * The certificate's subjectAltName must name the address the peer connects from (iPAddress)
     * or the host name configured for it (dNSName): a stolen router certificate then works
     * only from that router's address.
     */
    ADDRESS_IN_SUBJECT_ALT_NAME
}
