package org.pathwise.bench.e2e;

import java.net.InetSocketAddress;
import org.pathwise.server.PceServer;
import org.pathwise.server.PceService;
import org.pathwise.server.SessionBridge;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.PcepServer;
import org.pathwise.session.security.SecuritySettings;
import org.pathwise.session.transport.SessionTransport;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;

/**
 * The Pathwise PCE in this process, on a loopback port of its own: the server (queue, workers,
 * stage histograms) behind a pathwise-session listener. What the demo and the benchmark measure.
 * {@link #close} stops listening, cancels what is queued and stops every thread it started.
 */
public final class LocalPce implements AutoCloseable {
    private final PceServer server;
    private final SessionTransport transport;
    private final PcepServer listener;

    private LocalPce(PceServer server, SessionTransport transport, PcepServer listener) {
        this.server = server;
        this.transport = transport;
        this.listener = listener;
    }

    /**
     * Starts a PCE over {@code topology} on 127.0.0.1 (any free port) with {@code ioThreads} event
     * loops (0: Netty's default) and the server settings in {@code config} (its listen address
     * and topology file are not used: the topology is given).
     */
    public static LocalPce start(TeSnapshot topology, ServerConfig config, int ioThreads) throws InterruptedException {
        PceServer server = new PceServer(config, new TeDatabase(topology));
        SessionTransport transport = SessionTransport.create(ioThreads);
        try {
            // The same session parameters, limits and wiring as `pathwise serve` (PceService).
            SecuritySettings.Wired wired = PceService.wire(config, new SessionBridge(server));
            PcepServer listener = PcepServer.start(transport, wired.config(), new InetSocketAddress("127.0.0.1", 0),
                    wired.listener());
            return new LocalPce(server, transport, listener);
        } catch (InterruptedException | RuntimeException e) {
            transport.close();
            server.close();
            throw e;
        }
    }

    public PceServer server() {
        return server;
    }

    public InetSocketAddress address() {
        return listener.localAddress();
    }

    @Override
    public void close() {
        listener.close();
        transport.close();
        server.close();
    }
}
