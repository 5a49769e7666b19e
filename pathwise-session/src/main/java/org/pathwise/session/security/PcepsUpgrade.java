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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS half of StartTLS (RFC 8253 §3.3): after both StartTLS messages, the session puts the
 * {@link SslHandler} from {@link #newHandler} first in its pipeline. The handler comes with the
 * RFC's failure behaviour attached: when the handshake fails (untrusted or missing certificate,
 * timeout, no common protocol) or the peer's certificate does not identify it (§3.5), this
 * speaker sends PCErr 25/3 "connection without TLS is not possible" (25/4 when the peer is
 * allowed without TLS) and closes the connection. After a failed handshake no TLS channel exists,
 * so that PCErr goes in the clear, after the TLS alert.
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
        this.serverContext = TlsContexts.server(settings);
        this.clientContext = TlsContexts.client(settings);
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
        SslHandler handler = server
                ? serverContext.newHandler(channel.alloc())
                : clientContext.newHandler(channel.alloc(), peer.getHostString(), peer.getPort());
        handler.setHandshakeTimeout(settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        handler.handshakeFuture().addListener(f -> {
            if (!f.isSuccess()) {
                LOG.warn("PCEPS handshake with {} failed: {}", peer, f.cause().toString());
                refuse(channel, handler, peer, true);
                return;
            }
            Optional<String> problem = identityProblem(handler, peer);
            if (problem.isPresent()) {
                LOG.warn("PCEPS peer {} refused: {}", peer, problem.get());
                refuse(channel, handler, peer, false);
            } else {
                LOG.info("PCEPS up with {}: {} {}", peer, handler.engine().getSession().getProtocol(),
                        handler.engine().getSession().getCipherSuite());
            }
        });
        return handler;
    }

    private Optional<String> identityProblem(SslHandler handler, InetSocketAddress peer) {
        if (settings.identityCheck() == PeerIdentityCheck.TRUSTED_CHAIN) {
            return Optional.empty();
        }
        Certificate[] chain;
        try {
            chain = handler.engine().getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.of("it presented no certificate");
        }
        if (!(chain[0] instanceof X509Certificate leaf)) {
            return Optional.of("its certificate is not X.509");
        }
        return PeerIdentity.problem(leaf, peer.getAddress(), expectedName.apply(peer.getAddress()));
    }

    /** The error this speaker sends when TLS cannot be established with {@code peer}. */
    public ErrorCode failureError(java.net.InetAddress peer) {
        return tlsRequired.test(peer) ? PcepErrors.TLS_FAILURE_NO_FALLBACK : PcepErrors.TLS_FAILURE_FALLBACK;
    }

    private void refuse(Channel channel, SslHandler handler, InetSocketAddress peer, boolean inTheClear) {
        ErrorCode error = failureError(peer.getAddress());
        ByteBuf pcErr = Unpooled.wrappedBuffer(PcepCodec.standard().encode(PcErr.of(error.type(), error.value())));
        ChannelHandlerContext tls = channel.pipeline().context(handler);
        if (inTheClear && tls != null) {
            // Written from the SslHandler's own context, the bytes bypass it and reach the socket as is.
            tls.writeAndFlush(pcErr).addListener(ChannelFutureListener.CLOSE);
        } else if (channel.isActive()) {
            channel.writeAndFlush(pcErr).addListener(ChannelFutureListener.CLOSE);
        } else {
            pcErr.release();
        }
    }
}
