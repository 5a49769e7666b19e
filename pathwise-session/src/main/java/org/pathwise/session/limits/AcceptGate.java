package org.pathwise.session.limits;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Decides at accept time, before a child channel is registered and before any PCEP byte is
 * read, whether a new connection may live: source in the allowlist, fewer than
 * {@code max-pending-connections} sessions still negotiating, and the per-source and global
 * connection-rate buckets not empty. A refused connection is closed on the spot; nothing is
 * sent (a peer that may not talk to us gets no PCEP from us either).
 *
 * <p>Put it in the server channel's pipeline ({@code ServerBootstrap.handler}); it runs on the
 * acceptor's event loop, so its buckets need no locks. The pending count is shared with the
 * children's event loops and is therefore atomic.
 */
public final class AcceptGate extends ChannelInboundHandlerAdapter {
    private static final AttributeKey<PendingSlot> PENDING = AttributeKey.valueOf("pathwise.pending");

    private final LimitSettings settings;
    private final LimitCounters counters;
    private final Predicate<InetAddress> admitted;
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<InetAddress, TokenBucket> perSource = new HashMap<>();
    private TokenBucket global;

    /** @param admitted the allowlist: whether a source address may connect at all */
    public AcceptGate(LimitSettings settings, LimitCounters counters, Predicate<InetAddress> admitted) {
        this.settings = settings;
        this.counters = counters;
        this.admitted = admitted;
    }

    /**
     * Marks {@code channel}'s session as established (Open exchange complete): it no longer counts
     * against {@code max-pending-connections}. Idempotent; closing the channel does the same.
     */
    public static void established(Channel channel) {
        PendingSlot slot = channel.attr(PENDING).get();
        if (slot != null) {
            slot.release();
        }
    }

    /** Connections accepted and not yet established. */
    public int pendingConnections() {
        return pending.get();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Channel child) || !(child.remoteAddress() instanceof InetSocketAddress remote)) {
            ctx.fireChannelRead(msg);
            return;
        }
        long now = ctx.executor().ticker().nanoTime();
        Limit refused = refusal(remote.getAddress(), now);
        if (refused != null) {
            counters.triggered(refused, remote, refusalDetail(refused));
            child.unsafe().closeForcibly();
            return;
        }
        PendingSlot slot = new PendingSlot(pending);
        child.attr(PENDING).set(slot);
        child.closeFuture().addListener(f -> slot.release());
        ctx.fireChannelRead(child);
    }

    /** One accepted connection's place among the pending ones, given back exactly once. */
    private static final class PendingSlot {
        private final AtomicInteger counter;
        private final AtomicBoolean held = new AtomicBoolean(true);

        PendingSlot(AtomicInteger counter) {
            this.counter = counter;
            counter.incrementAndGet();
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                counter.decrementAndGet();
            }
        }
    }

    private Limit refusal(InetAddress source, long now) {
        if (!admitted.test(source)) {
            return Limit.NOT_IN_ALLOWLIST;
        }
        if (pendingCount() >= settings.maxPendingConnections()) {
            return Limit.PENDING_CONNECTIONS;
        }
        TokenBucket bucket = perSource.get(source);
        if (bucket == null) {
            forgetIdleSources(now);
            bucket = new TokenBucket(settings.connectionsPerSecondPerSource(), settings.connectionBurstPerSource(), now);
            perSource.put(source, bucket);
        }
        if (!bucket.tryTake(now)) {
            return Limit.SOURCE_RATE;
        }
        if (global == null) {
            global = new TokenBucket(settings.connectionsPerSecond(), settings.connectionBurst(), now);
        }
        return global.tryTake(now) ? null : Limit.GLOBAL_RATE;
    }

    private int pendingCount() {
        return pending.get();
    }

    private void forgetIdleSources(long now) {
        if (perSource.size() < settings.maxTrackedSources()) {
            return;
        }
        for (Iterator<TokenBucket> it = perSource.values().iterator(); it.hasNext(); ) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
        if (perSource.size() >= settings.maxTrackedSources()) {
            perSource.clear(); // every source is busy: forgetting all is fairer than refusing newcomers
        }
    }

    private String refusalDetail(Limit limit) {
        return switch (limit) {
            case NOT_IN_ALLOWLIST -> "not in any allowed prefix";
            case PENDING_CONNECTIONS -> pendingCount() + " connections still negotiating (max " + settings.maxPendingConnections() + ")";
            case SOURCE_RATE -> "over " + settings.connectionsPerSecondPerSource() + " connections/s from this address";
            case GLOBAL_RATE -> "over " + settings.connectionsPerSecond() + " connections/s in total";
            case FIRST_MESSAGE_TIMEOUT, SLOW_READ, NOT_PCEP -> limit.effect();
        };
    }
}
