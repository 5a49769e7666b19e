package org.pathwise.session.security;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.pathwise.session.Role;
import org.pathwise.session.TlsUpgrade;
import org.pathwise.session.limits.AcceptGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS half of StartTLS (RFC 8253 §3.3): after both StartTLS messages, the session puts the
 * {@link SslHandler} from {@link #newHandler} in front of the PCEP framing. The handler checks
 * what RFC 8253 asks of the peer inside the handshake (a certificate chaining to the truststore,
 * and with {@link PeerIdentityCheck#ADDRESS_IN_SUBJECT_ALT_NAME} one naming the peer, §3.5) and
 * fails the handshake on a timeout. What a failure says on the wire (PCErr 25/3 or 25/4, in the
 * clear, after the TLS alert) is the session state machine's: this class only builds handlers.
 */
public final class PcepsUpgrade implements TlsUpgrade {
    private static final Logger LOG = LoggerFactory.getLogger(PcepsUpgrade.class);

    private final TlsSettings settings;
    private final SslContext serverContext;
    private final SslContext clientContext;

    /** Peers are identified by their address only. */
    public PcepsUpgrade(TlsSettings settings) {
        this(settings, peer -> Optional.empty());
    }

    /** @param expectedName the host name configured for a peer, for dNSName identity matching */
    public PcepsUpgrade(TlsSettings settings, Function<InetAddress, Optional<String>> expectedName) {
        this.settings = settings;
        this.serverContext = TlsContexts.server(settings, expectedName);
        this.clientContext = TlsContexts.client(settings, expectedName);
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
}
