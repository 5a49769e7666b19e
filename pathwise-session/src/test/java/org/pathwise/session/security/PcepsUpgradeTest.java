package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.StartTls;

/**
 * StartTLS over real TCP on loopback with a run-time PKI: the PCEPS handshake, and every way the
 * PCE's handler refuses it (no certificate, an untrusted one, one naming another address). The
 * PCEP side is a minimal StartTLS exchange; the PCErr 25/3 that follows a refusal is the state
 * machine's and is asserted, byte for byte, in {@link PcepsSessionTest}.
 */
class PcepsUpgradeTest {
    private static final byte[] START_TLS = PcepCodec.standard().encode(StartTls.INSTANCE);
    private static final byte[] KEEPALIVE = PcepCodec.standard().encode(Keepalive.INSTANCE);

    @TempDir
    static Path dir;

    static EventLoopGroup group;
    static TlsSettings pce;
    static TlsSettings pcc;
    static TlsSettings pccWrongAddress;
    static TlsSettings untrustedPcc;
    static Path truststore;

    @BeforeAll
    static void pki() throws Exception {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        TestPki.Issued ca = TestPki.ca("Pathwise test CA");
        TestPki.Issued rogueCa = TestPki.ca("Rogue CA");
        truststore = TestPki.truststore(dir, "trust.p12", ca);
        pce = TlsSettings.of(TestPki.keystore(dir, "pce.p12", TestPki.leaf(ca, "pce", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        pcc = TlsSettings.of(TestPki.keystore(dir, "pcc.p12", TestPki.leaf(ca, "pcc", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        pccWrongAddress = TlsSettings.of(TestPki.keystore(dir, "pcc-elsewhere.p12", TestPki.leaf(ca, "pcc", "192.0.2.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
        untrustedPcc = TlsSettings.of(TestPki.keystore(dir, "rogue.p12", TestPki.leaf(rogueCa, "rogue", "127.0.0.1")),
                TestPki.PASSWORD, truststore, TestPki.PASSWORD);
    }

    @AfterAll
    static void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void aPccWithAValidCertificateCompletesStartTls() throws Exception {
        Outcome outcome = run(pce.withIdentityCheck(PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME),
                ch -> upgrade(pcc.withIdentityCheck(PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME)).newHandler(ch, false, peer(ch)));
        assertThat(outcome.handshake().get(10, TimeUnit.SECONDS)).isEqualTo("TLSv1.3");
        assertThat(outcome.overTls().get(10, TimeUnit.SECONDS)).as("the PCE's first message arrives through TLS")
                .isEqualTo(Keepalive.INSTANCE);
    }

    @Test
    void aPccWithoutACertificateFailsThePcesHandshake() throws Exception {
        SslContext noCertificate = trustOnlyClientContext();
        Outcome outcome = run(pce, ch -> noCertificate.newHandler(ch.alloc(), "127.0.0.1", 4189));
        assertThat(outcome.pceHandshake()).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("(certificate_required) Empty client certificate chain");
        outcome.closed().get(10, TimeUnit.SECONDS);
        assertThat(outcome.overTls()).as("no PCEP message over TLS").isNotDone();
    }

    @Test
    void aPccWithACertificateFromAnUntrustedCaFailsThePcesHandshake() throws Exception {
        // The PCC's JDK stack offers only a certificate from a CA the PCE's CertificateRequest
        // names, so a rogue certificate never leaves it: the PCE sees an empty chain.
        Outcome outcome = run(pce, ch -> upgrade(untrustedPcc).newHandler(ch, false, peer(ch)));
        assertThat(outcome.pceHandshake()).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("(certificate_required) Empty client certificate chain");
        outcome.closed().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTrustedCertificateNamingAnotherAddressFailsThePcesHandshake() throws Exception {
        Outcome outcome = run(pce.withIdentityCheck(PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME),
                ch -> upgrade(pccWrongAddress).newHandler(ch, false, peer(ch)));
        assertThat(outcome.pceHandshake()).as("the identity check fails the handshake itself")
                .failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("RFC 8253 peer identity: certificate 'CN=pcc' names [IP:192.0.2.1] but the peer is 127.0.0.1");
        outcome.closed().get(10, TimeUnit.SECONDS);
        assertThat(outcome.overTls()).as("no PCEP message over TLS").isNotDone();
    }

    @Test
    void aPccRefusesAPceWhoseCertificateNamesAnotherAddress() throws Exception {
        TestPki.Issued ca = TestPki.ca("Pathwise test CA 2");
        Path trust = TestPki.truststore(dir, "trust2.p12", ca);
        TlsSettings elsewherePce = TlsSettings.of(TestPki.keystore(dir, "pce-elsewhere.p12", TestPki.leaf(ca, "pce", "192.0.2.99")),
                TestPki.PASSWORD, trust, TestPki.PASSWORD);
        TlsSettings checkingPcc = TlsSettings.of(TestPki.keystore(dir, "pcc2.p12", TestPki.leaf(ca, "pcc", "127.0.0.1")),
                TestPki.PASSWORD, trust, TestPki.PASSWORD).withIdentityCheck(PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME);
        Outcome outcome = run(elsewherePce, ch -> upgrade(checkingPcc).newHandler(ch, false, peer(ch)));
        assertThat(outcome.handshake()).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("RFC 8253 peer identity: certificate 'CN=pce' names [IP:192.0.2.99] but the peer is 127.0.0.1");
    }

    private static PcepsUpgrade upgrade(TlsSettings settings) {
        return new PcepsUpgrade(settings);
    }

    private static InetSocketAddress peer(Channel ch) {
        return (InetSocketAddress) ch.remoteAddress();
    }

    private static SslContext trustOnlyClientContext() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(truststore)) {
            trust.load(in, TestPki.PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return SslContextBuilder.forClient().sslProvider(SslProvider.JDK).trustManager(tmf).protocols("TLSv1.3").build();
    }

    record Outcome(RawRecorder recorder, CompletableFuture<String> handshake, CompletableFuture<String> pceHandshake,
            CompletableFuture<Message> overTls, CompletableFuture<Void> closed) {}

    /**
     * A PCE that answers StartTLS with StartTLS, upgrades, and sends a Keepalive once TLS is up;
     * and a PCC that sends StartTLS and upgrades with {@code clientTls}.
     */
    private Outcome run(TlsSettings pceSettings, Function<Channel, SslHandler> clientTls) throws Exception {
        PcepsUpgrade pceUpgrade = upgrade(pceSettings);
        CompletableFuture<String> pceHandshake = new CompletableFuture<>();
        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new StartTlsStep(() -> {
                            SslHandler tls = pceUpgrade.newHandler(ch, true, peer(ch));
                            tls.handshakeFuture().addListener(f -> {
                                if (f.isSuccess()) {
                                    pceHandshake.complete(tls.engine().getSession().getProtocol());
                                    ch.writeAndFlush(Unpooled.wrappedBuffer(KEEPALIVE));
                                } else {
                                    pceHandshake.completeExceptionally(f.cause());
                                }
                            });
                            return tls;
                        }, false));
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        RawRecorder recorder = new RawRecorder();
        CompletableFuture<String> handshake = new CompletableFuture<>();
        CompletableFuture<Message> overTls = new CompletableFuture<>();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Channel client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast("recorder", recorder);
                        ch.pipeline().addLast(new StartTlsStep(() -> {
                            SslHandler tls = clientTls.apply(ch);
                            tls.handshakeFuture().addListener(f -> {
                                if (f.isSuccess()) {
                                    handshake.complete(tls.engine().getSession().getProtocol());
                                } else {
                                    handshake.completeExceptionally(f.cause());
                                }
                            });
                            return tls;
                        }, true));
                        ch.pipeline().addLast(new SimpleChannelInboundHandler<ByteBuf>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
                                if (PcepCodec.standard().decode(msg.retainedDuplicate()) instanceof DecodeResult.Decoded d) {
                                    overTls.complete(d.message());
                                }
                            }
                        });
                    }
                })
                .connect(server.localAddress()).sync().channel();
        client.closeFuture().addListener(f -> closed.complete(null));
        closed.whenComplete((v, e) -> server.close());
        return new Outcome(recorder, handshake, pceHandshake, overTls, closed);
    }

    /** The StartTLS exchange of RFC 8253 §3.3 for one side, then the TLS handler in front. */
    private static final class StartTlsStep extends SimpleChannelInboundHandler<ByteBuf> {
        private final java.util.function.Supplier<SslHandler> tls;
        private final boolean initiator;
        private int seen;

        StartTlsStep(java.util.function.Supplier<SslHandler> tls, boolean initiator) {
            this.tls = tls;
            this.initiator = initiator;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (initiator) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(START_TLS));
            }
            ctx.fireChannelActive();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
            // Test peers send StartTLS alone and wait for the answer, so it never shares a read.
            seen += msg.readableBytes();
            if (seen < START_TLS.length) {
                return;
            }
            if (!initiator) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(START_TLS));
            }
            String before = ctx.pipeline().names().get(0).equals("recorder") ? "recorder" : null;
            SslHandler handler = tls.get();
            if (before != null) {
                ctx.pipeline().addAfter(before, "tls", handler);
            } else {
                ctx.pipeline().addFirst("tls", handler);
            }
            ctx.pipeline().remove(this);
        }
    }
}
