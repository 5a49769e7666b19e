package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.StartTls;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.TlsMode;
import org.pathwise.session.TlsUpgrade;
import org.pathwise.session.TransportHooks;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionFailedException;
import org.pathwise.session.transport.SessionTransport;

/**
 * PCEPS through the session state machine on both ends, over loopback: a PCC with a valid
 * certificate reaches Up via StartTLS (RFC 8253 §3.3); a PCC without a certificate or with an
 * untrusted one is refused, and the PCE's answer on the wire is its TLS alert, then exactly one
 * PCErr 25/3 in the clear, then the close.
 */
class PcepsSessionTest {
    @TempDir
    static Path dir;

    static TlsSettings pceTls;
    static TlsSettings pccTls;
    static TlsSettings roguePccTls;
    static Path truststore;
    static SessionTransport clients;
    static PcepServer server;

    static final SessionListener QUIET = (session, message, receivedNanos) -> {};

    @BeforeAll
    static void start() throws Exception {
        TestPki.Issued ca = TestPki.ca("Pathwise test CA");
        TestPki.Issued rogue = TestPki.ca("Rogue CA");
        truststore = TestPki.truststore(dir, "trust.p12", ca);
        pceTls = TlsSettings.of(TestPki.keystore(dir, "pce.p12", TestPki.leaf(ca, "pce", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        pccTls = TlsSettings.of(TestPki.keystore(dir, "pcc.p12", TestPki.leaf(ca, "pcc", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        roguePccTls = TlsSettings.of(TestPki.keystore(dir, "rogue.p12", TestPki.leaf(rogue, "pcc", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        pceTls = patient(pceTls);
        pccTls = patient(pccTls);
        roguePccTls = patient(roguePccTls);
        PeerPolicy tlsRequired = PeerPolicy.allowAll(PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED));
        SessionConfig pce = SessionConfig.pce().withPeers(tlsRequired).withTls(new PcepsUpgrade(pceTls));
        server = PcepServer.start(pce, new InetSocketAddress("127.0.0.1", 0), QUIET);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clients() {
        clients = SessionTransport.create(1);
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    /** A long handshake timeout: a loaded CI machine must not turn a refusal into a timeout. */
    private static TlsSettings patient(TlsSettings s) {
        return new TlsSettings(s.keystore(), s.keystorePassword(), s.truststore(), s.truststorePassword(), false,
                java.time.Duration.ofSeconds(30), s.identityCheck());
    }

    /** A PCC requiring TLS, with {@code tls} building its handler and {@code tap} watching its bytes. */
    private static CompletableFuture<PcepSession> connect(TlsUpgrade tls, RawRecorder tap) {
        PeerPolicy tlsRequired = PeerPolicy.allowAll(PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED));
        SessionConfig pcc = SessionConfig.pcc().withPeers(tlsRequired).withTls(tls).withHooks(new TransportHooks() {
            @Override
            public void initChannel(Channel channel, Role role) {
                channel.pipeline().addFirst("tap", tap);
            }
        });
        return Connections.connect(clients, pcc, server.localAddress(), null, QUIET, new SessionIds(), 5_000);
    }

    @Test
    void aPccWithAValidCertificateReachesUpOverTls() throws Exception {
        RawRecorder tap = new RawRecorder();
        PcepSession session = connect(new PcepsUpgrade(pccTls), tap)
                .get(40, TimeUnit.SECONDS);
        assertThat(session.isUp()).isTrue();
        assertThat(session.negotiated()).isNotNull();
        assertThat(tap.clearText()).as("only StartTLS in the clear; Open and the rest inside TLS")
                .containsExactly(StartTls.INSTANCE);
        session.close(1);
    }

    @Test
    void aPccWithoutACertificateIsRefusedWithPcErr25_3() throws Exception {
        SslContext noCertificate = trustOnly();
        RawRecorder tap = new RawRecorder();
        CompletableFuture<PcepSession> attempt = connect(
                (ch, role, peer) -> noCertificate.newHandler(ch.alloc(), "127.0.0.1", peer.getPort()), tap);
        assertRefused(attempt, tap);
    }

    /**
     * RFC 8253 §3.4: a failed handshake gets exactly one PCErr, in the clear, behind the TLS
     * alert, and then the close. The PCE's whole stream as the PCC received it: StartTLS, TLS
     * records (its server flight, then its alert, encrypted under the handshake keys as TLS 1.3
     * does), PCErr 25/3, end of stream.
     */
    @Test
    void aPccWithAnUntrustedCertificateGetsExactlyOnePcErr25_3AfterTheTlsAlert() throws Exception {
        RawRecorder tap = new RawRecorder();
        CompletableFuture<PcepSession> attempt = connect(new PcepsUpgrade(roguePccTls), tap);
        assertRefused(attempt, tap);
        tap.peerClosed().get(10, TimeUnit.SECONDS);

        List<String> units = tap.units();
        assertThat(units.get(0)).as("StartTLS first, in the clear").isEqualTo("pcep 200d0004");
        assertThat(units.get(units.size() - 1)).as("then PCErr 25/3 last: header (v1, type 6, length 12), "
                + "PCEP-ERROR object (class 13, type 1, length 8), reserved, flags, type 25, value 3")
                .isEqualTo("pcep 2006000c" + "0d100008" + "00001903");
        assertThat(units.subList(1, units.size() - 1)).as("only TLS records in between: the server flight and the alert")
                .isNotEmpty().allMatch(u -> u.startsWith("tls "));
    }

    private static void assertRefused(CompletableFuture<PcepSession> attempt, RawRecorder tap) throws Exception {
        try {
            attempt.get(40, TimeUnit.SECONDS);
            throw new AssertionError("the PCE accepted a PCC it must refuse");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(SessionFailedException.class);
            // With TLS 1.3 the PCC's side of the handshake may complete before the PCE rejects its
            // certificate: the PCC then sees the alert and the close rather than a failed handshake.
            assertThat(((SessionFailedException) e.getCause()).reason().cause())
                    .isIn(SessionDown.Cause.TLS_FAILED, SessionDown.Cause.CONNECTION_LOST);
        }
        for (int i = 0; i < 200 && !tap.clearText().contains(PcErr.of(25, 3)); i++) {
            TimeUnit.MILLISECONDS.sleep(50); // the PCE's PCErr follows its TLS alert
        }
        java.util.List<Message> clear = tap.clearText();
        assertThat(clear).as("StartTLS both ways, then the PCE's RFC 8253 error in the clear").contains(PcErr.of(25, 3));
        assertThat(clear.get(0)).isEqualTo(StartTls.INSTANCE);
    }

    private static SslContext trustOnly() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(truststore)) {
            trust.load(in, TestPki.PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return SslContextBuilder.forClient().sslProvider(SslProvider.JDK).trustManager(tmf)
                .endpointIdentificationAlgorithm(null).protocols("TLSv1.3").build();
    }
}
