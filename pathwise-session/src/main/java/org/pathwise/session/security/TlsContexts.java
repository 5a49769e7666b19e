package org.pathwise.session.security;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds the Netty {@link SslContext}s for PCEPS from PKCS#12 files. JDK provider (no native
 * library to ship), TLS 1.3 (and 1.2 only when configured), and always mutual authentication:
 * RFC 8253 §3.4 requires both peers to present certificates.
 */
public final class TlsContexts {
    private TlsContexts() {}

    /** The PCE side: presents its certificate and requires one from every PCC. */
    public static SslContext server(TlsSettings settings) {
        return server(settings, peer -> Optional.empty());
    }

    /**
     * The PCE side, with the host names configured for peers (matched against dNSName when the
     * identity check is on).
     */
    public static SslContext server(TlsSettings settings, Function<InetAddress, Optional<String>> expectedName) {
        KeyManagerFactory keys = keyManagers(settings);
        try {
            return SslContextBuilder.forServer(keys)
                    .sslProvider(SslProvider.JDK)
                    .trustManager(trustManager(settings, expectedName))
                    .clientAuth(ClientAuth.REQUIRE)
                    .protocols(settings.protocols())
                    .build();
        } catch (IOException e) {
            throw new TlsConfigException("PCEPS: cannot build the server TLS context: " + e.getMessage(), e);
        }
    }

    /** The PCC side (also a PCE acting as PCC towards another PCE): presents its certificate too. */
    public static SslContext client(TlsSettings settings) {
        return client(settings, peer -> Optional.empty());
    }

    public static SslContext client(TlsSettings settings, Function<InetAddress, Optional<String>> expectedName) {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .keyManager(keyManagers(settings))
                    .trustManager(trustManager(settings, expectedName))
                    // Identity is checked by IdentityCheckingTrustManager when configured, the same
                    // way on both sides, not by the HTTPS host-name rules Netty applies by default.
                    .endpointIdentificationAlgorithm(null)
                    .protocols(settings.protocols())
                    .build();
        } catch (IOException e) {
            throw new TlsConfigException("PCEPS: cannot build the client TLS context: " + e.getMessage(), e);
        }
    }

    private static KeyManagerFactory keyManagers(TlsSettings s) {
        KeyStore store = load(s.keystore(), s.keystorePassword(), "tls.keystore");
        try {
            if (Collections.list(store.aliases()).stream().noneMatch(a -> isKeyEntry(store, a))) {
                throw new TlsConfigException("tls.keystore " + s.keystore()
                        + ": holds no private key; export the key and certificate chain together, e.g."
                        + " 'openssl pkcs12 -export -inkey key.pem -in chain.pem -out keystore.p12'", null);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, s.keystorePassword().toCharArray());
            return kmf;
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException("tls.keystore " + s.keystore() + ": key unusable (" + e.getMessage()
                    + "); the key password must equal the keystore password", e);
        }
    }

    private static TrustManager trustManager(TlsSettings s, Function<InetAddress, Optional<String>> expectedName) {
        TrustManagerFactory tmf = trustManagers(s);
        X509ExtendedTrustManager chain = Arrays.stream(tmf.getTrustManagers())
                .filter(X509ExtendedTrustManager.class::isInstance).map(X509ExtendedTrustManager.class::cast)
                .findFirst().orElseThrow(() -> new TlsConfigException("tls.truststore " + s.truststore()
                        + ": the JDK offers no X.509 trust manager for it", null));
        return s.identityCheck() == PeerIdentityCheck.TRUSTED_CHAIN ? chain
                : new IdentityCheckingTrustManager(chain, expectedName);
    }

    private static TrustManagerFactory trustManagers(TlsSettings s) {
        KeyStore store = load(s.truststore(), s.truststorePassword(), "tls.truststore");
        try {
            if (store.size() == 0) {
                throw new TlsConfigException("tls.truststore " + s.truststore()
                        + ": holds no CA certificate, so no peer could ever be trusted", null);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf;
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException("tls.truststore " + s.truststore() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore load(Path file, String password, String key) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (NoSuchFileException e) {
            throw new TlsConfigException(key + " " + file + ": no such file; set " + key + " to a PKCS#12 (.p12) file", e);
        } catch (IOException e) {
            throw new TlsConfigException(key + " " + file + ": cannot read it as PKCS#12 (" + e.getMessage()
                    + "); check the file format and " + key + "-password", e);
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException(key + " " + file + ": " + e.getMessage(), e);
        }
    }
}
