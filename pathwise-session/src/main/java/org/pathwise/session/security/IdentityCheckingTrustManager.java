package org.pathwise.session.security;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The truststore's chain validation, then the RFC 8253 §3.5 identity check inside the handshake:
 * a certificate that does not name the peer fails the handshake itself, so every refusal takes the
 * same path (TLS alert, then PCErr 25/3) and no PCEP message can slip out in between. The peer is
 * the engine's peer host, which {@link PcepsUpgrade} sets to the peer's address on both sides.
 */
final class IdentityCheckingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager chain;
    private final Function<InetAddress, Optional<String>> expectedName;

    IdentityCheckingTrustManager(X509ExtendedTrustManager chain, Function<InetAddress, Optional<String>> expectedName) {
        this.chain = chain;
        this.expectedName = expectedName;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
        chain.checkClientTrusted(certs, authType, engine);
        checkIdentity(certs, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
        chain.checkServerTrusted(certs, authType, engine);
        checkIdentity(certs, engine);
    }

    private void checkIdentity(X509Certificate[] certs, SSLEngine engine) throws CertificateException {
        String host = engine.getPeerHost();
        if (host == null) {
            throw new CertificateException("peer address unknown: cannot check the certificate's identity");
        }
        InetAddress peer;
        try {
            peer = InetAddress.getByName(host); // an IP literal set by PcepsUpgrade: no DNS lookup
        } catch (UnknownHostException e) {
            throw new CertificateException("peer '" + host + "' is not an address", e);
        }
        Optional<String> problem = PeerIdentity.problem(certs[0], peer, expectedName.apply(peer));
        if (problem.isPresent()) {
            throw new CertificateException("RFC 8253 peer identity: " + problem.get());
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("PCEPS runs on SSLEngine only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("PCEPS runs on SSLEngine only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType) throws CertificateException {
        throw new CertificateException("PCEPS runs on SSLEngine only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType) throws CertificateException {
        throw new CertificateException("PCEPS runs on SSLEngine only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain.getAcceptedIssuers();
    }
}
