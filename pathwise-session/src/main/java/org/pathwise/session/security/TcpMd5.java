package org.pathwise.session.security;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * TCP-MD5 signatures (RFC 2385) per peer address. Linux keeps the keys in the kernel, set with
 * the TCP_MD5SIG socket option, which only Netty's epoll transport exposes: on the listening
 * socket for a PCE (one key per PCC address), on the connecting socket for a PCC. A segment
 * without the right signature is dropped by the kernel, so a peer with a wrong key never
 * completes the TCP handshake: PCEP sees nothing at all.
 */
public final class TcpMd5 {
    /** TCP_MD5SIG_MAXKEYLEN in linux/tcp.h. */
    public static final int MAX_KEY_LENGTH = 80;

    private TcpMd5() {}

    /** Why TCP-MD5 cannot be used in this process, or null when it can. */
    public static String unavailableReason() {
        if (!Epoll.isAvailable()) {
            return "TCP-MD5 (RFC 2385) needs Netty's native epoll transport on Linux, which is unavailable here ("
                    + Epoll.unavailabilityCause() + "); run on Linux x86_64/aarch64, or remove md5-key from the peer settings";
        }
        return null;
    }

    /** The key bytes of a configured key (RFC 2385 keys are byte strings; configs hold text). */
    public static byte[] keyBytes(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("md5-key must be 1.." + MAX_KEY_LENGTH + " bytes, not " + bytes.length);
        }
        return bytes;
    }

    /**
     * Installs {@code keys} (peer address → key) on a bound epoll server channel; replaces the
     * previous set, so removing a peer's key is applying the map without it.
     *
     * @throws TcpMd5UnsupportedException on any other transport, with what to do instead
     */
    public static void applyToServer(Channel serverChannel, Map<InetAddress, byte[]> keys) {
        if (!(serverChannel instanceof EpollServerSocketChannel epoll)) {
            throw unsupported(serverChannel.getClass());
        }
        epoll.config().setOption(EpollChannelOption.TCP_MD5SIG, keys);
    }

    /** Sets the key for the PCE at {@code peer} on a client bootstrap, before it connects. */
    public static void applyToClient(AbstractBootstrap<?, ?> bootstrap, Class<? extends Channel> channelType,
            InetAddress peer, byte[] key) {
        if (!EpollSocketChannel.class.isAssignableFrom(channelType)) {
            throw unsupported(channelType);
        }
        bootstrap.option(EpollChannelOption.TCP_MD5SIG, Map.of(peer, key));
    }

    private static TcpMd5UnsupportedException unsupported(Class<?> transport) {
        String reason = unavailableReason();
        return new TcpMd5UnsupportedException("TCP-MD5 (RFC 2385) is configured but the transport is "
                + transport.getSimpleName() + ": only the Linux epoll transport can set TCP_MD5SIG"
                + (reason != null ? "; " + reason : "; do not force the NIO transport when peers have md5-key"));
    }
}
