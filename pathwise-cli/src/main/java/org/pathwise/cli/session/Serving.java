package org.pathwise.cli.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import org.pathwise.server.PceServer;
import org.pathwise.session.PcepServer;

/**
 * A running {@code pathwise serve}: the PCE, its PCEP listener and the printer of its JSON lines.
 * {@link #close()} stops them in the order that lets queued requests be cancelled on live sessions
 * and every line, {@code stopped} last, reach stdout.
 */
final class Serving implements AutoCloseable {
    private final PceServer pce;
    private final PcepServer listener;
    private final JsonLinePrinter printer;
    private final SessionJson json;

    Serving(PceServer pce, PcepServer listener, JsonLinePrinter printer, SessionJson json) {
        this.pce = pce;
        this.listener = listener;
        this.printer = printer;
        this.json = json;
    }

    InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    PceServer pce() {
        return pce;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            pce.close(); // queued requests are cancelled (PCNtf 1/2) while the sessions are still up
            listener.close();
        } finally {
            ObjectNode stopped = json.event("stopped", null);
            printer.event(() -> stopped);
            printer.close();
        }
    }
}
