package org.pathwise.session;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.List;
import org.pathwise.pcep.CloseReason;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionTransport;

/**
 * A PCE listener: accepts PCEP sessions on one address and reports them to a
 * {@link SessionListener}. Start it with {@link #start}; {@link #close} sends Close to every
 * session and stops listening.
 */
public final class PcepServer implements AutoCloseable {
    private final SessionTransport transport;
    private final boolean ownsTransport;
    private final Channel listener;

    private PcepServer(SessionTransport transport, boolean ownsTransport, Channel listener) {
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.listener = listener;
    }

    /** Listens on {@code bind} (port 0: any free port) with its own event loops (epoll when available). */
    public static PcepServer start(SessionConfig config, InetSocketAddress bind, SessionListener listener)
            throws InterruptedException {
        return start(config, bind, listener, 0);
    }

    /**
     * Listens on a transport of its own with {@code ioThreads} event loops (0: Netty's default,
     * twice the cores), shut down by {@link #close}.
     */
    public static PcepServer start(SessionConfig config, InetSocketAddress bind, SessionListener listener,
            int ioThreads) throws InterruptedException {
        SessionTransport transport = SessionTransport.create(ioThreads);
        try {
            return new PcepServer(transport, true, Connections.bind(transport, config, bind, listener));
        } catch (InterruptedException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /** Listens on a shared transport (its event loops are not shut down by {@link #close}). */
    public static PcepServer start(SessionTransport transport, SessionConfig config, InetSocketAddress bind,
            SessionListener listener) throws InterruptedException {
        return new PcepServer(transport, false, Connections.bind(transport, config, bind, listener));
    }

    /** The bound address (with the real port when 0 was asked). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** The sessions this server accepted, Up or negotiating. */
    public List<PcepSession> sessions() {
        return transport.registry().acceptedOn(localAddress().getPort());
    }

    public boolean isEpoll() {
        return transport.isEpoll();
    }

    /** Stops listening, closes every session with Close reason 1 (no explanation), frees the loops it owns. */
    @Override
    public void close() {
        int port = localAddress().getPort();
        listener.close().syncUninterruptibly();
        transport.registry().closeAccepted(port, CloseReason.NO_EXPLANATION, 2000);
        if (ownsTransport) {
            transport.close();
        }
    }
}
