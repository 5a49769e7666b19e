package org.pathwise.server;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.TimerRange;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.security.PeerAllowlist;
import org.pathwise.session.security.SecurityConfigReader;
import org.pathwise.session.security.SecuritySettings;
import org.pathwise.ted.TeDatabase;

/**
 * The PCE on the network: a {@link PceServer} behind a pathwise-session {@link PcepServer}
 * listening on the configured address (RFC 5440 §5: TCP 4189). What {@code pathwise serve}, the
 * demo and the benchmarks start.
 *
 * <pre>{@code
 * try (PceService pce = PceService.start(ServerConfig.builder().build())) {
 *     InetSocketAddress at = pce.localAddress();
 *     MetricsSnapshot m = pce.server().metrics();
 * }
 * }</pre>
 */
public final class PceService implements AutoCloseable {
    private final PceServer server;
    private final PcepServer listener;

    private PceService(PceServer server, PcepServer listener) {
        this.server = server;
        this.listener = listener;
    }

    /** Loads the configured topology (watching it when asked) and listens. */
    public static PceService start(ServerConfig config) throws InterruptedException {
        return listen(PceServer.fromConfig(config));
    }

    /** Serves {@code ted} (no file watching) and listens. */
    public static PceService start(ServerConfig config, TeDatabase ted) throws InterruptedException {
        return listen(new PceServer(config, ted));
    }

    private static PceService listen(PceServer server) throws InterruptedException {
        ServerConfig c = server.config();
        try {
            SecuritySettings.Wired wired = wire(c, new SessionBridge(server));
            PcepServer listener = PcepServer.start(wired.config(), new InetSocketAddress(c.listenAddress(), c.port()),
                    wired.listener(), c.effectiveIoThreads());
            return new PceService(server, listener);
        } catch (InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The PCE's session parameters from the server configuration (timers, accepted timer ranges,
     * limits) with the {@code session:} section (peers, TLS, connection limits) in force, and
     * {@code listener} wrapped so that sessions reaching Up stop counting as pending connections.
     */
    public static SecuritySettings.Wired wire(ServerConfig c, SessionListener listener) {
        PeerSettings peer = PeerSettings.DEFAULT.withTimerRanges(
                new TimerRange(c.minKeepaliveSeconds(), c.maxKeepaliveSeconds(), false),
                new TimerRange(c.minDeadTimerSeconds(), c.maxDeadTimerSeconds(), false));
        SessionConfig s = SessionConfig.pce()
                .withCapabilities(served(Advertised.pce()))
                .withTimers(c.keepaliveSeconds(), c.deadTimerSeconds())
                .withPeers(PeerPolicy.allowAll(peer));
        s = s.withLimits(s.maxMessageSize(), c.maxUnknownMessagesPerMinute(), s.maxUnknownRequestsPerMinute(),
                c.maxPendingPerSession());
        SecuritySettings security = c.session() == null
                ? new SecuritySettings(PeerAllowlist.allowAll(peer), Optional.empty(), LimitSettings.DEFAULTS)
                : SecurityConfigReader.read(c.session().values(), c.session().source());
        return security.wire(s, listener);
    }

    /**
     * What this server computes, out of what the session layer can advertise: RSVP-TE and SR-MPLS
     * path setup only (PST 3, SRv6, is answered PCErr 21/1) and no P2MP-CAPABLE (P2MP END-POINTS are
     * answered PCErr 5/7). Advertising only what is served also matters in practice: FRR 8.4's
     * pceplib stops reading the Open's TLVs at P2MP-CAPABLE (type 6), misses the stateful
     * capability after it, and then never reports its LSPs.
     */
    static Capabilities served(Capabilities all) {
        return new Capabilities(all.stateful(), List.of(PathSetupTypeTlv.RSVP_TE, PathSetupTypeTlv.SR_MPLS), all.sr(),
                Optional.empty(), all.legacySr(), all.associationTypes(), all.lspDbVersion(), all.speakerEntityId(),
                all.objectiveFunctions(), false, all.other());
    }

    /** The bound address (the real port when port 0 was configured). */
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    public PceServer server() {
        return server;
    }

    public PcepServer listener() {
        return listener;
    }

    /**
     * Stops the server first (queued requests are cancelled with PCNtf 1/2 on the still-open
     * sessions; running computations finish and reply), then closes every session (Close reason 1)
     * and the listener: nothing is written to a transport that is already shut down.
     */
    @Override
    public void close() {
        server.close();
        listener.close();
    }
}
