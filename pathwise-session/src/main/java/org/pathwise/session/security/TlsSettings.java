package org.pathwise.session.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * PCEPS (RFC 8253) key material and policy, for both roles.
 *
 * @param keystore PKCS#12 file with this speaker's private key and certificate chain
 * @param keystorePassword its password
 * @param truststore PKCS#12 file with the CA certificates a peer's certificate must chain to
 * @param truststorePassword its password
 * @param allowTls12 also accept TLS 1.2 (RFC 8253 §3.4 permits it; TLS 1.3 is always on)
 * @param handshakeTimeout how long the TLS handshake after StartTLS may take before the
 *     connection is dropped
 * @param identityCheck what the peer's certificate must prove beyond a trusted chain
 */
public record TlsSettings(Path keystore, String keystorePassword, Path truststore, String truststorePassword,
        boolean allowTls12, Duration handshakeTimeout, PeerIdentityCheck identityCheck) {

    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    public TlsSettings {
        Objects.requireNonNull(keystore, "tls.keystore");
        Objects.requireNonNull(truststore, "tls.truststore");
        keystorePassword = keystorePassword == null ? "" : keystorePassword;
        truststorePassword = truststorePassword == null ? "" : truststorePassword;
        handshakeTimeout = handshakeTimeout == null ? DEFAULT_HANDSHAKE_TIMEOUT : handshakeTimeout;
        identityCheck = identityCheck == null ? PeerIdentityCheck.TRUSTED_CHAIN : identityCheck;
    }

    /** TLS 1.3 only, 10 s handshake, any certificate chaining to the truststore. */
    public static TlsSettings of(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
        return new TlsSettings(keystore, keystorePassword, truststore, truststorePassword, false,
                DEFAULT_HANDSHAKE_TIMEOUT, PeerIdentityCheck.TRUSTED_CHAIN);
    }

    public TlsSettings withIdentityCheck(PeerIdentityCheck check) {
        return new TlsSettings(keystore, keystorePassword, truststore, truststorePassword, allowTls12,
                handshakeTimeout, check);
    }

    public TlsSettings withTls12(boolean allow) {
        return new TlsSettings(keystore, keystorePassword, truststore, truststorePassword, allow,
                handshakeTimeout, identityCheck);
    }

    /** The enabled protocol versions, newest first. */
    public String[] protocols() {
        return allowTls12 ? new String[] {"TLSv1.3", "TLSv1.2"} : new String[] {"TLSv1.3"};
    }
}
