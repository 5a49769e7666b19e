package org.pathwise.session.security;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.Role;
import org.pathwise.session.TlsMode;
import org.pathwise.session.TlsUpgrade;
import org.pathwise.session.limits.AcceptGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS half of StartTLS (RFC 8253 §3.3): after both StartTLS messages, the session puts the
 * {@link SslHandler} from {@link #newHandler} in front of the PCEP framing. The handler comes with
 * the RFC's failure behaviour attached: when the handshake fails (untrusted or missing
 * certificate, a certificate that does not identify the peer (§3.5, checked inside the
 * handshake), timeout, no common protocol) this speaker sends PCErr 25/3 "connection without TLS
 * is not possible" (25/4 when the peer is allowed without TLS) and closes the connection. No TLS
 * channel exists after a failed handshake, so that PCErr goes in the clear, after the TLS alert.
 */
public final class PcepsUpgrade implements TlsUpgrade {
    private static final Logger LOG = LoggerFactory.getLogger(PcepsUpgrade.class);

    private final TlsSettings settings;
    private final SslContext serverContext;
    private final SslContext clientContext;
    private final Predicate<java.net.InetAddress> tlsRequired;
    private final Function<java.net.InetAddress, Optional<String>> expectedName;

    /**
     * @param tlsRequired whether a peer must use TLS (chooses 25/3 over 25/4 on failure)
     * @param expectedName the host name configured for a peer, for dNSName identity matching
     */
    public PcepsUpgrade(TlsSettings settings, Predicate<java.net.InetAddress> tlsRequired,
            Function<java.net.InetAddress, Optional<String>> expectedName) {
        this.settings = settings;
        this.serverContext = TlsContexts.server(settings, expectedName);
        this.clientContext = TlsContexts.client(settings, expectedName);
        this.tlsRequired = tlsRequired;
        this.expectedName = expectedName;
    }

    /**
     * For a session's peers: TLS failure answers 25/3 unless the peer's {@link TlsMode} is
     * OPTIONAL; a peer outside the policy is treated as TLS-required.
     */
    public PcepsUpgrade(TlsSettings settings, PeerPolicy peers) {
        this(settings, peer -> peers.settingsFor(peer).map(p -> p.tls() != TlsMode.OPTIONAL).orElse(true),
                peer -> Optional.empty());
    }

    /** The PCE is the TLS server, the PCC (the TCP initiator) the TLS client (RFC 8253 §3.4). */
    @Override
    public SslHandler newHandler(Channel channel, Role role, InetSocketAddress peer) {
        return newHandler(channel, role == Role.PCE, peer);
    }

    /** A handler for this channel; {@code server}: this speaker is the TLS server. */
    public SslHandler newHandler(Channel channel, boolean server, InetSocketAddress peer) {
        // Both engines learn the peer's address: the identity check matches it (RFC 8253 §3.5).
        String address = peer.getAddress().getHostAddress();
        SslHandler handler = server
                ? serverContext.newHandler(channel.alloc(), address, peer.getPort())
                : clientContext.newHandler(channel.alloc(), address, peer.getPort());
        handler.setHandshakeTimeout(settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        handler.handshakeFuture().addListener(f -> {
            if (!f.isSuccess()) {
                LOG.warn("PCEPS handshake with {} failed: {}", peer, f.cause().toString());
                refuse(channel, handler, peer);
                return;
            }
            LOG.info("PCEPS up with {}: {} {}", peer, handler.engine().getSession().getProtocol(),
                    handler.engine().getSession().getCipherSuite());
            // An authenticated peer is no longer an anonymous pending connection (and the slow-read
            // guard cannot see its Open exchange inside TLS).
            AcceptGate.established(channel);
        });
        return handler;
    }

    /** The error this speaker sends when TLS cannot be established with {@code peer}. */
    public ErrorCode failureError(java.net.InetAddress peer) {
        return tlsRequired.test(peer) ? PcepErrors.TLS_FAILURE_NO_FALLBACK : PcepErrors.TLS_FAILURE_FALLBACK;
    }

    private void refuse(Channel channel, SslHandler handler, InetSocketAddress peer) {
        ErrorCode error = failureError(peer.getAddress());
        ByteBuf pcErr = Unpooled.wrappedBuffer(PcepCodec.standard().encode(PcErr.of(error.type(), error.value())));
        ChannelHandlerContext tls = channel.pipeline().context(handler);
        if (tls != null && channel.isActive()) {
            // Written from the SslHandler's own context, the bytes bypass it and reach the socket as is.
            tls.writeAndFlush(pcErr).addListener(ChannelFutureListener.CLOSE);
        } else {
            pcErr.release();
            channel.close();
        }
    }
}
