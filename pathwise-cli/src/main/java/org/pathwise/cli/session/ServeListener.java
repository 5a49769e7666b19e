package org.pathwise.cli.session;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;

/**
 * What {@code pathwise serve} does with sessions until the PCE server module plugs in path
 * computation: prints every event as a JSON line and answers each PCReq by cancelling it.
 *
 * <p>Why a cancellation: RFC 5440 §7.14 gives the PCE exactly this tool, PCNtf with
 * Notification-type 1 "pending request cancelled", value 2 "PCE cancels a set of pending
 * requests", carrying the requests' RP objects. A NO-PATH would claim a computation that did not
 * happen; a PCErr 2 ("capability not supported") would contradict the Open, which advertises
 * the PCE's capabilities. The PCC is free to ask again (FRR does, after its request timeout).
 *
 * <p>All printing and answering runs on one worker thread: the event loop only enqueues.
 */
final class ServeListener implements SessionListener, AutoCloseable {
    private final SessionJson json = new SessionJson();
    private final PrintStream out;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "serve-events");
        t.setDaemon(true);
        return t;
    });

    /** The PCE that answers requests, or null: then each PCReq is cancelled (PCNtf 1/2). */
    private final SessionListener pce;

    ServeListener(PrintStream out) {
        this(out, null);
    }

    /** Prints every event and hands sessions and messages to {@code pce} (on the event loop, as they come). */
    ServeListener(PrintStream out, SessionListener pce) {
        this.out = out;
        this.pce = pce;
    }

    @Override
    public void onUp(PcepSession session) {
        if (pce != null) {
            pce.onUp(session);
        }
        worker.execute(() -> out.println(json.line(json.up(session.peerAddress(), session.negotiated()))));
    }

    @Override
    public void onMessage(PcepSession session, Message message, long receivedNanos) {
        if (pce != null) {
            pce.onMessage(session, message, receivedNanos);
        }
        worker.execute(() -> {
            out.println(json.line(json.message("received", session.peerAddress(), message)));
            if (pce == null && message instanceof PcReq req) {
                PcNtf cancel = cancellation(req);
                session.send(cancel);
                out.println(json.line(json.message("sent", session.peerAddress(), cancel)));
            }
        });
    }

    @Override
    public void onDown(PcepSession session, SessionDown reason) {
        if (pce != null) {
            pce.onDown(session, reason);
        }
        worker.execute(() -> out.println(json.line(json.down("down", session.peerAddress(), reason))));
    }

    @Override
    public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
        worker.execute(() -> out.println(json.line(json.down("failed", peer, reason))));
    }

    static PcNtf cancellation(PcReq req) {
        return new PcNtf(List.of(new PcNtf.Notify(req.requests().stream().map(Request::rp).toList(),
                List.of(new Notification(ObjectFlags.NONE, 1, 2, List.of())))));
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(2, TimeUnit.SECONDS);
        out.flush();
    }
}
