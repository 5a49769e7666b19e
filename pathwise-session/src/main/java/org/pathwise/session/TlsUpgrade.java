package org.pathwise.session;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;

/**
 * Builds the TLS handler for a StartTLS upgrade (RFC 8253 §3.4). The state machine calls it on the
 * event loop once both StartTLS messages are exchanged and inserts the handler in front of the
 * PCEP framing; implementations ({@code org.pathwise.session.security}) own key material, TLS
 * versions and peer verification. {@code role} tells the TLS side: the PCC (TCP initiator) is the
 * TLS client, the PCE the TLS server.
 */
@FunctionalInterface
public interface TlsUpgrade {
    SslHandler newHandler(Channel channel, Role role, InetSocketAddress peer);
}
