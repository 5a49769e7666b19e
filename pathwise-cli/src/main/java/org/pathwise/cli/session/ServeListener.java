package org.pathwise.cli.session;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;

/**
 * What {@code pathwise serve} does with session events besides handing them to the PCE: prints
 * each as a JSON line. The printing runs on one worker thread: the event loop only enqueues.
 */
final class ServeListener implements SessionListener, AutoCloseable {
    private final SessionJson json = new SessionJson();
    private final PrintStream out;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "serve-events");
        t.setDaemon(true);
        return t;
    });

    /** The PCE (its SessionBridge): it answers the requests. */
    private final SessionListener pce;

    /** Prints every event and hands sessions and messages to {@code pce} (on the event loop, as they come). */
    ServeListener(PrintStream out, SessionListener pce) {
        this.out = out;
        this.pce = pce;
    }

    @Override
    public void onUp(PcepSession session) {
        pce.onUp(session);
        worker.execute(() -> out.println(json.line(json.up(session.peerAddress(), session.negotiated()))));
    }

    @Override
    public void onMessage(PcepSession session, Message message, long receivedNanos) {
        pce.onMessage(session, message, receivedNanos);
        worker.execute(() -> out.println(json.line(json.message("received", session.peerAddress(), message))));
    }

    @Override
    public void onDown(PcepSession session, SessionDown reason) {
        pce.onDown(session, reason);
        worker.execute(() -> out.println(json.line(json.down("down", session.peerAddress(), reason))));
    }

    @Override
    public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
        worker.execute(() -> out.println(json.line(json.down("failed", peer, reason))));
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(2, TimeUnit.SECONDS);
        out.flush();
    }
}
