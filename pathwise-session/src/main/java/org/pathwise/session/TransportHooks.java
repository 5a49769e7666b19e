package org.pathwise.session;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;

/**
 * Extension points into the Netty transport for what is not PCEP: TCP-MD5 socket options,
 * connection-rate and pending-connection limits, slowloris guards, byte capture in tests. All
 * methods run on Pathwise's threads and must not block.
 */
public interface TransportHooks {
    TransportHooks NONE = new TransportHooks() {};

    /** Before the server binds: options on the listening socket (e.g. TCP_MD5SIG per peer). */
    default void configureServer(ServerBootstrap bootstrap) {}

    /** Before a PCC connects to {@code pce}. */
    default void configureClient(Bootstrap bootstrap, InetSocketAddress pce) {}

    /**
     * First thing on a new channel, before Pathwise adds its handlers: add handlers at the head
     * ({@code pipeline().addFirst}) or close the channel to refuse it.
     */
    default void initChannel(Channel channel, Role role) {}

    /**
     * The session on {@code channel} reached Up (called on its event loop, before
     * {@link SessionListener#onUp}): it no longer counts as a pending connection.
     */
    default void sessionUp(Channel channel) {}
}
