package org.pathwise.server;

import java.net.InetSocketAddress;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.TimerRange;
import org.pathwise.session.security.SecurityConfigReader;
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
            PcepServer listener = PcepServer.start(sessionConfig(c), new InetSocketAddress(c.listenAddress(), c.port()),
                    new SessionBridge(server));
            return new PceService(server, listener);
        } catch (InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The PCE's session parameters from the server configuration: timers, accepted timer ranges,
     * limits, and the {@code session:} section (peers, TLS, connection limits) when present.
     */
    public static SessionConfig sessionConfig(ServerConfig c) {
        PeerSettings peer = PeerSettings.DEFAULT.withTimerRanges(
                new TimerRange(c.minKeepaliveSeconds(), c.maxKeepaliveSeconds(), false),
                new TimerRange(c.minDeadTimerSeconds(), c.maxDeadTimerSeconds(), false));
        SessionConfig s = SessionConfig.pce()
                .withTimers(c.keepaliveSeconds(), c.deadTimerSeconds())
                .withPeers(PeerPolicy.allowAll(peer));
        s = s.withLimits(s.maxMessageSize(), c.maxUnknownMessagesPerMinute(), s.maxUnknownRequestsPerMinute(),
                c.maxPendingPerSession());
        if (c.session() != null) {
            s = SecurityConfigReader.read(c.session().values(), c.session().source()).applyTo(s);
        }
        return s;
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

    /** Closes every session (Close reason 1), then stops the workers. */
    @Override
    public void close() {
        listener.close();
        server.close();
    }
}
