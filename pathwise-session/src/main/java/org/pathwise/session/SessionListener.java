package org.pathwise.session;

import java.net.InetSocketAddress;
import org.pathwise.pcep.message.Message;

/**
 * What the application hears from its sessions. Every callback runs on the session's event loop:
 * it must return at once. Log, enqueue, hand the message to an executor; never compute a path,
 * touch a disk or wait on a lock here, or every session on that loop stalls (ARCHITECTURE.md,
 * "Never compute on the I/O thread"). Replies go back through {@link PcepSession#send}, which may
 * be called from any thread.
 */
public interface SessionListener {

    /** The session reached Up: negotiation is done and {@link PcepSession#negotiated()} is set. */
    default void onUp(PcepSession session) {}

    /**
     * A message beyond session management arrived on an Up session: PCReq, PCRep, PCNtf, PCErr,
     * PCRpt, PCUpd, PCInitiate, PCMonReq/Rep. Open, Keepalive, Close and StartTLS are handled by the
     * session and never reach here.
     *
     * @param receivedNanos {@link Ticker#nanoTime()} when the bytes were read, for latency accounting
     */
    void onMessage(PcepSession session, Message message, long receivedNanos);

    /** An Up session ended. Called once per {@link #onUp}. */
    default void onDown(PcepSession session, SessionDown reason) {}

    /** A connection ended before reaching Up (negotiation failure, TLS failure, rejection). */
    default void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {}
}
