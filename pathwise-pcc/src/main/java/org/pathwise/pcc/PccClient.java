package org.pathwise.pcc;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pathwise.pcep.CloseReason;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcInitiate;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.message.PcUpd;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PCC on the shared session transport: connects to its PCE (reconnecting with exponential
 * backoff until closed), negotiates, sends path computation requests and completes each one's
 * future with the matching PCRep response (RP request-id correlation, RFC 5440 §7.4), reports LSP
 * state, and hands PCUpd/PCInitiate to a {@link PccHandler}.
 *
 * <p>A client is a few objects on a shared event loop group, never a thread: thousands fit in one
 * process. All methods may be called from any thread.
 */
public final class PccClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PccClient.class);
    private static final long MAX_REQUEST_ID = 0xFFFF_FFFFL;

    private final SessionTransport transport;
    private final PccConfig config;
    private final PccHandler handler;
    private final SessionIds sessionIds = new SessionIds();
    private final ConcurrentHashMap<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong lastRequestId = new AtomicLong();
    private final AtomicInteger attempt = new AtomicInteger();
    private final CompletableFuture<PcepSession> firstUp = new CompletableFuture<>();
    private final Events events = new Events();
    private volatile PcepSession session;
    private volatile boolean closed;

    private record Pending(Rp rp, CompletableFuture<Response> future, io.netty.util.concurrent.ScheduledFuture<?> timeout) {}

    public PccClient(SessionTransport transport, PccConfig config, PccHandler handler) {
        this.transport = transport;
        this.config = config;
        this.handler = handler;
    }

    /** Starts connecting; the future completes when the first session is Up (reconnects go on regardless). */
    public CompletableFuture<PcepSession> start() {
        connect();
        return firstUp;
    }

    public Optional<PcepSession> session() {
        PcepSession s = session;
        return s != null && s.isUp() ? Optional.of(s) : Optional.empty();
    }

    public Optional<Negotiated> negotiated() {
        return session().map(PcepSession::negotiated);
    }

    /** A fresh request id for an RP (1 … 2^32−1, wrapping, never 0). */
    public long nextRequestId() {
        return lastRequestId.updateAndGet(id -> id >= MAX_REQUEST_ID ? 1 : id + 1);
    }

    /**
     * Sends one request (RP + END-POINTS + constraints, its RP carrying a request id no other
     * pending request uses). The future completes with the PCE's response, whether paths or NO-PATH
     * ({@link Response#noPath()}); exceptionally with {@link RequestFailedException} on timeout,
     * cancellation by the PCE, PCErr or session loss. Cancelling the future cancels the request
     * at the PCE with PCNtf 1/1 (RFC 5440 §7.14).
     */
    public CompletableFuture<Response> request(Request request) {
        PcepSession s = session;
        if (s == null || !s.isUp()) {
            return noSession();
        }
        CompletableFuture<Response> future = register(request.rp());
        if (!future.isDone()) {
            s.send(PcReq.of(request));
        }
        return future;
    }

    /**
     * Sends several requests in one PCReq, e.g. a synchronized set with its SVEC (RFC 5440 §7.13:
     * a diverse pair is computed together only when both requests and the SVEC arrive in one
     * message). Each request id must be fresh. The future completes with the responses in the
     * order of {@code message.requests()} once all are in (the PCE may answer them in several
     * PCReps); exceptionally with the first failure, as for {@link #request(Request)}. Cancelling
     * it cancels every member still pending.
     */
    public CompletableFuture<List<Response>> request(PcReq message) {
        PcepSession s = session;
        if (s == null || !s.isUp()) {
            return noSession();
        }
        List<CompletableFuture<Response>> members = new ArrayList<>(message.requests().size());
        for (Request r : message.requests()) {
            CompletableFuture<Response> member = register(r.rp());
            if (member.isCompletedExceptionally()) { // a duplicate id: take back what was registered
                members.forEach(m -> m.cancel(false));
                return member.thenApply(List::of);
            }
            members.add(member);
        }
        CompletableFuture<List<Response>> all = new CompletableFuture<>();
        for (CompletableFuture<Response> m : members) {
            m.whenComplete((r, e) -> {
                if (e != null) {
                    all.completeExceptionally(e instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : e);
                } else if (members.stream().allMatch(CompletableFuture::isDone)) {
                    all.complete(members.stream().map(CompletableFuture::join).toList());
                }
            });
        }
        all.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                members.forEach(m -> m.cancel(false));
            }
        });
        s.send(message);
        return all;
    }

    private <T> CompletableFuture<T> noSession() {
        return CompletableFuture.failedFuture(new RequestFailedException(RequestFailedException.Reason.SESSION_DOWN,
                null, "no session with " + config.pce()));
    }

    /**
     * Books the request {@code rp} as pending, with its timeout; the future is already failed when
     * its id is pending already. Cancelling the future cancels the request at the PCE.
     */
    private CompletableFuture<Response> register(Rp rp) {
        CompletableFuture<Response> future = new CompletableFuture<>();
        long id = rp.requestId();
        var timeout = transport.workers().schedule(() -> expire(id), config.requestTimeout().toNanos(),
                TimeUnit.NANOSECONDS);
        Pending p = new Pending(rp, future, timeout);
        if (pending.putIfAbsent(id, p) != null) {
            timeout.cancel(false);
            future.completeExceptionally(new IllegalArgumentException("request id " + id + " is already pending"));
            return future;
        }
        future.whenComplete((r, e) -> {
            timeout.cancel(false);
            if (e instanceof CancellationException && pending.remove(id, p)) {
                cancelAtPce(rp);
            }
        });
        return future;
    }

    /** Sends a state report on the Up session; false when there is none. */
    public boolean report(PcRpt report) {
        PcepSession s = session;
        if (s == null || !s.isUp()) {
            return false;
        }
        s.send(report);
        return true;
    }

    /** How many requests wait for a reply. */
    public int pendingRequests() {
        return pending.size();
    }

    /** Closes the session (Close reason 1) and stops reconnecting; pending requests fail. */
    @Override
    public void close() {
        closed = true;
        PcepSession s = session;
        if (s != null) {
            s.close(CloseReason.NO_EXPLANATION);
        }
        failAll("client closed");
        firstUp.completeExceptionally(new IllegalStateException("client closed"));
    }

    // ---- internals ----

    private void connect() {
        if (closed) {
            return;
        }
        Connections.connect(transport, config.session(), config.pce(), config.source(), events, sessionIds,
                (int) config.connectTimeout().toMillis()).whenComplete((s, e) -> {
                    if (e != null) {
                        LOG.debug("PCC to {}: {}", config.pce(), e.getMessage());
                        reconnectLater();
                    }
                });
    }

    private void reconnectLater() {
        if (closed) {
            return;
        }
        var delay = config.backoff().delay(attempt.getAndIncrement(), ThreadLocalRandom.current().nextDouble());
        transport.workers().schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void expire(long id) {
        Pending p = pending.remove(id);
        if (p != null) {
            cancelAtPce(p.rp());
            p.future().completeExceptionally(new RequestFailedException(RequestFailedException.Reason.TIMEOUT, null,
                    "no reply to request " + id + " within " + config.requestTimeout()));
        }
    }

    private void cancelAtPce(Rp rp) {
        PcepSession s = session;
        if (s != null && s.isUp()) {
            // RFC 5440 §7.14: NT 1 (pending request cancelled), NV 1 (the PCC cancels)
            s.send(new PcNtf(List.of(new PcNtf.Notify(List.of(rp),
                    List.of(new Notification(ObjectFlags.NONE, 1, 1, List.of()))))));
        }
    }

    private void fail(long id, RequestFailedException e) {
        Pending p = pending.remove(id);
        if (p != null) {
            p.future().completeExceptionally(e);
        }
    }

    private void failAll(String why) {
        for (Long id : List.copyOf(pending.keySet())) {
            fail(id, new RequestFailedException(RequestFailedException.Reason.SESSION_DOWN, null, why));
        }
    }

    /** Session events, on the event loop. */
    private final class Events implements SessionListener {
        @Override
        public void onUp(PcepSession s) {
            session = s;
            attempt.set(0);
            if (closed) {
                s.close(CloseReason.NO_EXPLANATION);
                return;
            }
            firstUp.complete(s);
            handler.onUp(s);
        }

        @Override
        public void onMessage(PcepSession s, Message message, long receivedNanos) {
            switch (message) {
                case PcRep rep -> {
                    for (Response r : rep.responses()) {
                        Pending p = pending.remove(r.rp().requestId());
                        if (p != null) {
                            p.future().complete(r);
                        }
                    }
                }
                case PcNtf ntf -> cancelledByPce(s, ntf);
                case PcErr err -> rejected(s, err);
                case PcUpd upd -> handler.onUpdate(s, upd);
                case PcInitiate init -> handler.onInitiate(s, init);
                default -> handler.onMessage(s, message);
            }
        }

        private void cancelledByPce(PcepSession s, PcNtf ntf) {
            boolean aboutRequests = false;
            for (PcNtf.Notify n : ntf.notifies()) {
                boolean cancels = n.notifications().stream().anyMatch(x -> x.type() == 1 && x.value() == 2);
                if (cancels) {
                    for (Rp rp : n.requests()) {
                        aboutRequests = true;
                        fail(rp.requestId(), new RequestFailedException(RequestFailedException.Reason.CANCELLED_BY_PCE,
                                null, "the PCE cancelled request " + rp.requestId()));
                    }
                }
            }
            if (!aboutRequests) {
                handler.onMessage(s, ntf);
            }
        }

        private void rejected(PcepSession s, PcErr err) {
            boolean aboutRequests = false;
            for (PcErr.ErrorBlock b : err.errors()) {
                PcepError first = b.errors().isEmpty() ? PcepError.of(0, 0) : b.errors().get(0);
                for (Rp rp : b.requests()) {
                    aboutRequests = true;
                    fail(rp.requestId(), new RequestFailedException(RequestFailedException.Reason.REJECTED,
                            PcepErrors.lookup(first.errorType(), first.errorValue()),
                            "the PCE rejected request " + rp.requestId() + " with PCErr " + first.errorType() + "/"
                                    + first.errorValue()));
                }
            }
            if (!aboutRequests) {
                handler.onMessage(s, err);
            }
        }

        @Override
        public void onDown(PcepSession s, SessionDown reason) {
            session = null;
            failAll("session down: " + reason.detail());
            handler.onDown(s, reason);
            reconnectLater();
        }

        @Override
        public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
            LOG.debug("PCC to {}: session not established: {}", peer, reason.detail());
        }
    }
}
