package org.pathwise.session.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 8253 §3.5 peer identity: beyond a trusted chain, the certificate's subjectAltName must
 * carry the reference identity of the peer, its address (iPAddress) or its configured host name
 * (dNSName), matched as RFC 6125 describes (exact, case-insensitive for names, no wildcards:
 * a router certificate names one router).
 */
public final class PeerIdentity {
    private static final int SAN_DNS_NAME = 2;
    private static final int SAN_IP_ADDRESS = 7;

    private PeerIdentity() {}

    /**
     * Why {@code certificate} does not identify the peer, or empty when it does.
     *
     * @param peer the address the peer connected from (PCE side) or to (PCC side)
     * @param expectedName a configured host name for the peer, if any
     */
    public static Optional<String> problem(X509Certificate certificate, InetAddress peer, Optional<String> expectedName) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return Optional.of("its subjectAltName extension cannot be parsed: " + e.getMessage());
        }
        if (names == null || names.isEmpty()) {
            return Optional.of("certificate '" + certificate.getSubjectX500Principal().getName()
                    + "' has no subjectAltName, so it names no address or host");
        }
        for (List<?> name : names) {
            int type = (Integer) name.get(0);
            String value = String.valueOf(name.get(1));
            if (type == SAN_IP_ADDRESS && sameAddress(value, peer)) {
                return Optional.empty();
            }
            if (type == SAN_DNS_NAME && expectedName.isPresent()
                    && value.toLowerCase(Locale.ROOT).equals(expectedName.get().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of("certificate '" + certificate.getSubjectX500Principal().getName() + "' names "
                + describe(names) + " but the peer is " + peer.getHostAddress()
                + expectedName.map(n -> " (" + n + ")").orElse(""));
    }

    private static boolean sameAddress(String literal, InetAddress peer) {
        try {
            return InetAddress.getByName(literal).equals(peer); // an IP literal: no DNS lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String describe(Collection<List<?>> names) {
        return names.stream()
                .filter(n -> (Integer) n.get(0) == SAN_DNS_NAME || (Integer) n.get(0) == SAN_IP_ADDRESS)
                .map(n -> ((Integer) n.get(0) == SAN_DNS_NAME ? "DNS:" : "IP:") + n.get(1))
                .toList()
                .toString();
    }
}
