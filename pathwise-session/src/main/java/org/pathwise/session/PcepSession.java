package org.pathwise.session;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;

/**
 * One PCEP session, PCE or PCC side. All methods may be called from any thread: work is handed
 * to the session's event loop, which alone touches the session's state (no locks). Writes are
 * flushed in batches (at the end of a read burst, or consolidated when written from elsewhere).
 */
public interface PcepSession {

    Role role();

    InetSocketAddress peerAddress();

    InetSocketAddress localAddress();

    /** The agreed parameters; set before {@link SessionListener#onUp} runs. */
    Negotiated negotiated();

    /**
     * The thread this session's I/O and every listener callback run on (its event loop). A task
     * given to it runs in order with them, and a {@link #send} made there goes to the socket with
     * no hand-over between threads: what a load generator pacing many sessions wants.
     */
    ScheduledExecutorService executor();

    /** Whether the session is Up (may change right after the call returns). */
    boolean isUp();

    /** Sends a message on an Up session; dropped (and logged) once the session is down. */
    void send(Message message);

    /**
     * Sends like {@link #send(Message)}, then runs {@code written} on the session's event loop
     * once the message's bytes have been handed to the socket (for "reply written" latency). Not
     * run when the message is dropped or the write fails.
     */
    void send(Message message, Runnable written);

    /** Sends PCErr with one error, concerning the given requests (RP) or stateful requests (SRP). */
    void sendError(ErrorCode error, List<Rp> requests, List<Srp> stateRequests);

    default void sendError(ErrorCode error) {
        sendError(error, List.of(), List.of());
    }

    /**
     * Answers a reply or cancellation that names a request this side never had with PCErr 8
     * (unknown request reference) and counts it; past {@link SessionConfig#maxUnknownRequestsPerMinute()}
     * the session closes with reason 4 (RFC 5440 §7.17). The session already does this for PCRep
     * and PCNtf it can check itself; this is for what only the application knows.
     */
    void unknownRequest(Rp request);

    /** Sends Close with {@code reason} (RFC 5440 §7.17; {@link org.pathwise.pcep.CloseReason}) and closes. */
    void close(int reason);
}
