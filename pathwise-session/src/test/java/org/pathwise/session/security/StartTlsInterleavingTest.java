package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.message.StartTls;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.TlsMode;
import org.pathwise.session.TransportHooks;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionTransport;

/**
 * RFC 8253 §3.3 orders StartTLS before TLS on each side, but says nothing about how the bytes
 * meet on the wire. Under load two interleavings happen that a quiet loopback rarely shows; here
 * each is forced, Pathwise on both ends, over real TCP:
 *
 * <ul>
 *   <li>the PCC's StartTLS leaves only after it has read the PCE's StartTLS (its flush deferred
 *       behind that read), so the PCE reads the PCC's StartTLS and its ClientHello in one segment;</li>
 *   <li>the PCE's StartTLS leaves only after its TLS handler is already in its pipeline.</li>
 * </ul>
 * Either way the session must come Up over TLS, with StartTLS the only message in the clear.
 */
class StartTlsInterleavingTest {
    private static final String START_TLS_HEX = "200d0004";
    private static final int TLS_HANDSHAKE_RECORD = 0x16;
    private static final SessionListener QUIET = (session, message, receivedNanos) -> {};

    @TempDir
    static Path dir;

    static TlsSettings pceTls;
    static TlsSettings pccTls;

    SessionTransport clients;
    PcepServer server;

    @BeforeAll
    static void pki() throws Exception {
        TestPki.Issued ca = TestPki.ca("Pathwise test CA");
        Path trust = TestPki.truststore(dir, "trust.p12", ca);
        pceTls = brief(TlsSettings.of(TestPki.keystore(dir, "pce.p12", TestPki.leaf(ca, "pce", "127.0.0.1")),
                TestPki.PASSWORD, trust, TestPki.PASSWORD));
        pccTls = brief(TlsSettings.of(TestPki.keystore(dir, "pcc.p12", TestPki.leaf(ca, "pcc", "127.0.0.1")),
                TestPki.PASSWORD, trust, TestPki.PASSWORD));
    }

    /** A stalled handshake then fails as itself (TLS_FAILED) well before the test gives up. */
    private static TlsSettings brief(TlsSettings s) {
        return new TlsSettings(s.keystore(), s.keystorePassword(), s.truststore(), s.truststorePassword(), false,
                Duration.ofSeconds(5), s.identityCheck());
    }

    @BeforeEach
    void transport() {
        clients = SessionTransport.create(1);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        clients.close();
    }

    @Test
    void aPccsStartTlsAndClientHelloInOneSegmentReachUp() throws Exception {
        FirstRead pceFirstRead = new FirstRead();
        server = pce(pceFirstRead);
        RawRecorder pccTap = new RawRecorder();
        PcepSession session = pcc(pccTap, new HeldUntilClientHello()).get(20, TimeUnit.SECONDS);

        assertThat(pceFirstRead.bytes.get(5, TimeUnit.SECONDS)).as("the PCE read StartTLS and a TLS record at once")
                .startsWith(START_TLS_HEX + Integer.toHexString(TLS_HANDSHAKE_RECORD));
        assertThat(session.negotiated().tls()).isTrue();
        assertThat(pccTap.clearText()).containsExactly(StartTls.INSTANCE);
        session.close(1);
    }

    @Test
    void aPceWhoseStartTlsLeavesAfterItsTlsHandlerIsInPlaceReachesUp() throws Exception {
        server = pce(new HeldUntilTlsHandler());
        RawRecorder pccTap = new RawRecorder();
        PcepSession session = pcc(pccTap, null).get(20, TimeUnit.SECONDS);

        assertThat(session.negotiated().tls()).isTrue();
        assertThat(HexFormat.of().formatHex(pccTap.bytes())).as("the PCE's StartTLS, in the clear, before any TLS")
                .startsWith(START_TLS_HEX + Integer.toHexString(TLS_HANDSHAKE_RECORD));
        assertThat(pccTap.clearText()).containsExactly(StartTls.INSTANCE);
        session.close(1);
    }

    private static PcepServer pce(io.netty.channel.ChannelHandler head) throws InterruptedException {
        PeerPolicy tlsRequired = PeerPolicy.allowAll(PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED));
        SessionConfig pce = SessionConfig.pce().withPeers(tlsRequired).withTls(new PcepsUpgrade(pceTls))
                .withHooks(new TransportHooks() {
                    @Override
                    public void initChannel(Channel channel, Role role) {
                        channel.pipeline().addFirst("interleave", head);
                    }
                });
        return PcepServer.start(pce, new InetSocketAddress("127.0.0.1", 0), QUIET);
    }

    private CompletableFuture<PcepSession> pcc(RawRecorder tap, io.netty.channel.ChannelHandler head) {
        PeerPolicy tlsRequired = PeerPolicy.allowAll(PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED));
        SessionConfig pcc = SessionConfig.pcc().withPeers(tlsRequired)
                .withTls(new PcepsUpgrade(pccTls))
                .withHooks(new TransportHooks() {
                    @Override
                    public void initChannel(Channel channel, Role role) {
                        channel.pipeline().addFirst("tap", tap);
                        if (head != null) {
                            channel.pipeline().addAfter("tap", "interleave", head);
                        }
                    }
                });
        return Connections.connect(clients, pcc, server.localAddress(), null, QUIET, new SessionIds(), 5_000);
    }

    /** Records, in hex, the first bytes the PCE reads from the socket in one go. */
    static final class FirstRead extends ChannelDuplexHandler {
        final CompletableFuture<String> bytes = new CompletableFuture<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            bytes.complete(ByteBufUtil.hexDump((ByteBuf) msg));
            ctx.fireChannelRead(msg);
        }
    }

    /**
     * At the socket end of the PCC: holds everything it writes until a TLS handshake record (the
     * ClientHello) is written, then sends it all as one buffer, so one TCP segment carries StartTLS
     * and the ClientHello. That is what a PCC whose StartTLS flush is deferred behind the read of
     * the PCE's StartTLS produces when the PCE is slow to read.
     */
    static final class HeldUntilClientHello extends ChannelDuplexHandler {
        private final List<ByteBuf> held = new ArrayList<>();
        private boolean released;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (released) {
                ctx.write(msg, promise);
                return;
            }
            ByteBuf buf = (ByteBuf) msg;
            boolean clientHello = buf.isReadable() && buf.getUnsignedByte(buf.readerIndex()) == TLS_HANDSHAKE_RECORD;
            held.add(buf);
            promise.trySuccess();
            if (clientHello) {
                released = true;
                ByteBuf joined = ctx.alloc().buffer();
                for (ByteBuf b : held) {
                    joined.writeBytes(b);
                    b.release();
                }
                held.clear();
                ctx.writeAndFlush(joined);
            }
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            if (released) {
                ctx.flush();
            }
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            held.forEach(ByteBuf::release);
            held.clear();
        }
    }

    /**
     * At the socket end of the PCE: holds its writes (its StartTLS) until, after a read, its TLS
     * handler is in the pipeline; then sends them in the clear, as they were written.
     */
    static final class HeldUntilTlsHandler extends ChannelDuplexHandler {
        private final List<Object[]> held = new ArrayList<>();
        private boolean released;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (released) {
                ctx.write(msg, promise);
            } else {
                held.add(new Object[] {msg, promise});
            }
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            if (released) {
                ctx.flush();
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.fireChannelRead(msg);
            // Runs after the session's own "after this read" task, which inserts the TLS handler.
            ctx.executor().execute(() -> {
                if (!released && ctx.pipeline().get(SslHandler.class) != null) {
                    released = true;
                    held.forEach(w -> ctx.write(w[0], (ChannelPromise) w[1]));
                    held.clear();
                    ctx.flush();
                }
            });
        }
    }
}
