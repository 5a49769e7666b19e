package org.pathwise.pcc.emulate;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.pathwise.pcep.CloseReason;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionTransport;

/**
 * N emulated PCCs on one shared event-loop group, each its own PCEP session from its own
 * 127.x.y.z ({@link SourceAddresses}). {@link #close} sends Close to every session and stops the
 * loops: nothing is left running.
 */
public final class PccFleet implements AutoCloseable {
    /** Connections opened at once while the fleet comes up (the PCE's accept backlog is finite). */
    private static final int CONNECTS_IN_FLIGHT = 256;
    /** MSD an emulated PCC advertises for SR-MPLS (RFC 8664 §4.1.2). */
    public static final int MSD = 10;

    private final SessionTransport transport;
    private final List<SessionChannel> channels;

    private PccFleet(SessionTransport transport, List<SessionChannel> channels) {
        this.transport = transport;
        this.channels = List.copyOf(channels);
    }

    /**
     * A stateless PCC that can take RSVP-TE and SR-MPLS paths: PATH-SETUP-TYPE-CAPABILITY with
     * PSTs 0 and 1 and the SR sub-TLV (RFC 8408 §4, RFC 8664 §4.1.2), keepalive 30 s.
     */
    public static SessionConfig pccConfig() {
        Capabilities caps = new Capabilities(Optional.empty(), List.of(Advertised.PST_RSVP_TE, Advertised.PST_SR_MPLS),
                Optional.of(new SrPceCapabilityTlv(false, false, MSD)), Optional.empty(), Optional.empty(), List.of(),
                OptionalLong.empty(), Optional.empty(), List.of(), false, List.of());
        return SessionConfig.pcc().withCapabilities(caps);
    }

    /**
     * Opens {@code sessions} sessions to {@code pce} with {@code ioThreads} event loops (0: Netty's
     * default) and waits until all are Up. {@code progress} hears the count of Up sessions. If any
     * session fails, the others are closed and the first failure is thrown.
     */
    public static PccFleet connect(InetSocketAddress pce, int sessions, SessionConfig config, int ioThreads,
            Duration connectTimeout, IntConsumer progress) throws InterruptedException {
        if (sessions < 1 || sessions > SourceAddresses.MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions must be 1.." + SourceAddresses.MAX_SESSIONS + ", got " + sessions);
        }
        SessionTransport transport = SessionTransport.create(ioThreads);
        List<SessionChannel> channels = new ArrayList<>(sessions);
        SessionIds ids = new SessionIds();
        Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
        AtomicInteger up = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<CompletableFuture<PcepSession>> all = new ArrayList<>(sessions);
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        boolean ok = false;
        try {
            for (int i = 0; i < sessions && failure.get() == null; i++) {
                inFlight.acquire();
                SessionChannel channel = new SessionChannel(sourceFor(i, pce));
                channels.add(channel);
                CompletableFuture<PcepSession> f = Connections.connect(transport, config, pce, channel.source(), channel,
                        ids, timeoutMillis);
                all.add(f.whenComplete((s, e) -> {
                    inFlight.release();
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    } else {
                        channel.attach(s);
                        progress.accept(up.incrementAndGet());
                    }
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(connectTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            if (failure.get() != null) {
                Throwable f = failure.get();
                throw new IllegalStateException("could not bring up " + sessions + " sessions to " + pce + ": "
                        + (f.getCause() != null && f instanceof java.util.concurrent.CompletionException
                                ? f.getCause().getMessage() : f.getMessage()), f);
            }
            ok = true;
            return new PccFleet(transport, channels);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("sessions to " + pce + " did not come up within " + connectTimeout, e);
        } finally {
            if (!ok) {
                closeAll(channels);
                transport.close();
            }
        }
    }

    /**
     * Session {@code i}'s source: its own 127.x.y.z when the PCE is on loopback; otherwise the
     * system's choice (the PCE then sees every session from one address, which RFC 5440 §6.1's
     * one-session-per-peer rule may refuse: point the emulator at a loopback PCE or use one session).
     */
    public static InetSocketAddress sourceFor(int i, InetSocketAddress pce) {
        return pce.getAddress() != null && pce.getAddress().isLoopbackAddress() ? SourceAddresses.of(i) : null;
    }

    public List<SessionChannel> channels() {
        return channels;
    }

    /** Closes every session (Close reason 1) and stops the event loops. */
    @Override
    public void close() {
        closeAll(channels);
        transport.close();
    }

    private static void closeAll(List<SessionChannel> channels) {
        for (SessionChannel c : channels) {
            PcepSession s = c.session();
            if (s != null) {
                s.close(CloseReason.NO_EXPLANATION);
            }
        }
    }
}
