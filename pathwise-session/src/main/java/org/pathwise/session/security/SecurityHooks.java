package org.pathwise.session.security;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.TransportHooks;
import org.pathwise.session.limits.AcceptGate;
import org.pathwise.session.limits.FirstByteCheck;
import org.pathwise.session.limits.LimitCounters;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.limits.SlowReadGuard;

/**
 * Security and abuse limits plugged into the session transport: the accept gate (allowlist,
 * connection rates, pending connections) on the listening socket, TCP-MD5 keys per peer, and on
 * every connection the first-byte check and the slow-read guard at the head of the pipeline.
 * Install with {@code SessionConfig.withHooks(SecurityHooks.of(...))} and the same allowlist as
 * {@code withPeers(allowlist::lookup)}.
 */
public final class SecurityHooks implements TransportHooks {
    private final LimitSettings limits;
    private final PeerPolicy peers;
    private final Map<InetAddress, byte[]> md5Keys;
    private final LimitCounters counters = new LimitCounters();
    private volatile AcceptGate gate;

    private SecurityHooks(LimitSettings limits, PeerPolicy peers, Map<InetAddress, byte[]> md5Keys) {
        this.limits = limits;
        this.peers = peers;
        this.md5Keys = Map.copyOf(md5Keys);
    }

    /**
     * Hooks for an allowlist. MD5 keys are taken from its single-address entries; a key on a wider
     * prefix is refused, because Linux TCP_MD5SIG keys one peer address at a time.
     */
    public static SecurityHooks of(LimitSettings limits, PeerAllowlist<PeerSettings> allowlist) {
        Map<InetAddress, byte[]> keys = new LinkedHashMap<>();
        for (PeerAllowlist.Entry<PeerSettings> e : allowlist.entries()) {
            Optional<String> key = e.settings().md5Key();
            if (key.isEmpty()) {
                continue;
            }
            byte[] network = e.prefix().network();
            if (e.prefix().prefixLength() != network.length * 8) {
                throw new IllegalArgumentException("peer " + e.prefix() + ": md5-key needs a single address (/32 or /128);"
                        + " Linux TCP_MD5SIG keys one peer address at a time, so list each router on its own");
            }
            try {
                keys.put(InetAddress.getByAddress(network), TcpMd5.keyBytes(key.get()));
            } catch (UnknownHostException | IllegalArgumentException ex) {
                throw new IllegalArgumentException("peer " + e.prefix() + ": " + ex.getMessage(), ex);
            }
        }
        return new SecurityHooks(limits, allowlist::lookup, keys);
    }

    /** Limits only: every peer allowed, no MD5. */
    public static SecurityHooks limitsOnly(LimitSettings limits) {
        return new SecurityHooks(limits, PeerPolicy.allowAll(PeerSettings.DEFAULT), Map.of());
    }

    public LimitCounters counters() {
        return counters;
    }

    /** Connections of the most recently configured listener that are accepted but not yet Up. */
    public int pendingConnections() {
        AcceptGate g = gate;
        return g == null ? 0 : g.pendingConnections();
    }

    @Override
    public void configureServer(ServerBootstrap bootstrap) {
        AcceptGate g = new AcceptGate(limits, counters, peer -> peers.settingsFor(peer).isPresent());
        gate = g;
        bootstrap.handler(g);
        if (!md5Keys.isEmpty()) {
            requireEpoll(bootstrap.config().group(), "the PCE listener");
            bootstrap.option(EpollChannelOption.TCP_MD5SIG, md5Keys);
        }
    }

    @Override
    public void configureClient(Bootstrap bootstrap, InetSocketAddress pce) {
        Optional<String> key = peers.settingsFor(pce.getAddress()).flatMap(PeerSettings::md5Key);
        if (key.isPresent()) {
            requireEpoll(bootstrap.config().group(), "the connection to " + pce);
            bootstrap.option(EpollChannelOption.TCP_MD5SIG, Map.of(pce.getAddress(), TcpMd5.keyBytes(key.get())));
        }
    }

    @Override
    public void initChannel(Channel channel, Role role) {
        channel.pipeline().addLast("first-byte-check", new FirstByteCheck(PcepCodec.standard(), counters));
        channel.pipeline().addLast("slow-read-guard", new SlowReadGuard(limits, counters));
    }

    @Override
    public void sessionUp(Channel channel) {
        AcceptGate.established(channel);
    }

    private static void requireEpoll(EventLoopGroup group, String what) {
        boolean epoll = group != null && group.next() instanceof IoEventLoop loop && loop.isIoType(EpollIoHandler.class);
        if (!epoll) {
            String reason = TcpMd5.unavailableReason();
            throw new TcpMd5UnsupportedException("TCP-MD5 (RFC 2385) is configured for " + what
                    + " but the transport is NIO: only the Linux epoll transport can set TCP_MD5SIG"
                    + (reason != null ? "; " + reason : "; do not force the NIO transport when peers have md5-key"));
        }
    }
}
