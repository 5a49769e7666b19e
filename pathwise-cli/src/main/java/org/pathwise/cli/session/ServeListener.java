package org.pathwise.cli.session;

import java.net.InetSocketAddress;
import org.pathwise.pcep.message.Message;
import org.pathwise.server.PceServer;
import org.pathwise.server.SessionBridge;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;

/**
 * What {@code pathwise serve} does with session events besides handing them to the PCE: queues a
 * JSON line for each on the {@link JsonLinePrinter} (the event loop only enqueues). Session events
 * (up, down, failed) always; with {@code messages} also a {@code received} line for every message
 * a PCC sends and a {@code sent} line for every message the PCE answers with, both droppable under
 * load. Without {@code messages} no per-message work is done at all.
 */
final class ServeListener implements SessionListener {
    private final SessionJson json = new SessionJson();
    private final JsonLinePrinter printer;
    private final boolean messages;

    /** The PCE (its SessionBridge, reporting what it sends back here): it answers the requests. */
    private final SessionListener pce;

    ServeListener(JsonLinePrinter printer, PceServer pce, boolean messages) {
        this.printer = printer;
        this.messages = messages;
        this.pce = messages ? new SessionBridge(pce, this::sent) : new SessionBridge(pce);
    }

    @Override
    public void onUp(PcepSession session) {
        pce.onUp(session);
        printer.event(() -> json.up(session.peerAddress(), session.negotiated()));
    }

    @Override
    public void onMessage(PcepSession session, Message message, long receivedNanos) {
        if (messages) { // queued before the PCE sees it, so a request's line always precedes its reply's
            printer.message(() -> json.message("received", session.peerAddress(), message));
        }
        pce.onMessage(session, message, receivedNanos);
    }

    @Override
    public void onDown(PcepSession session, SessionDown reason) {
        pce.onDown(session, reason);
        printer.event(() -> json.down("down", session.peerAddress(), reason));
    }

    @Override
    public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
        printer.event(() -> json.down("failed", peer, reason));
    }

    /** A message the PCE handed to {@code session} (PCRep, PCNtf, PCErr), on the thread that sent it. */
    private void sent(PcepSession session, Message message) {
        printer.message(() -> json.message("sent", session.peerAddress(), message));
    }
}
