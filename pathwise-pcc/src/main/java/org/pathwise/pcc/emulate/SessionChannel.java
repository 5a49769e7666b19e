package org.pathwise.pcc.emulate;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Rp;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;

/**
 * One emulated PCC over a pathwise-session {@link PcepSession}: sends a PCReq and completes its
 * future with the PCRep carrying the same Request-ID-numbers (RFC 5440 §7.4.1), merged when the
 * requests of one message (a disjoint pair) come back in several PCReps, or with the PCErr/PCNtf
 * that names them. It is also the session's listener: every callback runs on the session's event
 * loop, the only place a pending entry's responses are touched.
 */
public final class SessionChannel implements RequestChannel, SessionListener {
    /** Most given-up request ids remembered at once; beyond it the oldest memory is dropped. */
    static final int MAX_LATE_IDS = 100_000;

    private final ConcurrentHashMap<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Set<Long> lateIds = ConcurrentHashMap.newKeySet();
    private final InetSocketAddress source;
    private final RequestIds requestIds = new RequestIds();
    private volatile PcepSession session;
    private volatile SessionDown down;

    public SessionChannel(InetSocketAddress source) {
        this.source = source;
    }

    /** The requests of one PCReq and the responses collected so far. */
    private static final class Pending {
        final CompletableFuture<Message> answer = new CompletableFuture<>();
        final List<Long> ids;
        final List<Response> responses;

        Pending(List<Long> ids) {
            this.ids = ids;
            this.responses = new ArrayList<>(ids.size());
        }
    }

    @Override
    public CompletableFuture<Message> request(PcReq request) {
        PcepSession s = session;
        if (s == null || !s.isUp()) {
            return CompletableFuture.failedFuture(new IllegalStateException(name() + ": session is not up"
                    + (down == null ? "" : " (" + down.detail() + ")")));
        }
        List<Long> ids = new ArrayList<>(request.requests().size());
        for (Request r : request.requests()) {
            ids.add(r.rp().requestId());
        }
        Pending p = new Pending(ids);
        for (Long id : ids) {
            pending.put(id, p);
        }
        // Whatever ends the request (answer, timeout set by the caller), its ids are freed. A
        // request given up on may still be answered: its ids are remembered as late, so that
        // answer is dropped quietly instead of counting as a reply to a request never made
        // (RFC 5440 §7.15), which would close the session after a few.
        p.answer.whenComplete((m, e) -> {
            for (Long id : ids) {
                if (pending.remove(id, p) && e != null && !(e instanceof SessionDownException)) {
                    late(id);
                }
            }
        });
        s.send(request);
        return p.answer;
    }

    @Override
    public Optional<ScheduledExecutorService> executor() {
        PcepSession s = session;
        return s == null ? Optional.empty() : Optional.of(s.executor());
    }

    @Override
    public long reserveRequestIds(int count) {
        return requestIds.reserve(count);
    }

    @Override
    public String name() {
        return source == null ? "pcc" : source.getAddress().getHostAddress();
    }

    public InetSocketAddress source() {
        return source;
    }

    public PcepSession session() {
        return session;
    }

    /** Set once the session is Up (by {@link PccFleet}). */
    void attach(PcepSession s) {
        this.session = s;
    }

    @Override
    public void onMessage(PcepSession s, Message message, long receivedNanos) {
        switch (message) {
            case PcRep rep -> {
                for (Response r : rep.responses()) {
                    Pending p = pending.get(r.rp().requestId());
                    if (p == null) {
                        if (!lateIds.remove(r.rp().requestId())) {
                            s.unknownRequest(r.rp()); // RFC 5440 §7.15: a reply to a request we never made
                        }
                        continue;
                    }
                    p.responses.add(r);
                    if (p.responses.size() == p.ids.size()) {
                        p.answer.complete(p.responses.size() == 1 && rep.responses().size() == 1 ? rep
                                : new PcRep(List.of(), p.responses));
                    }
                }
            }
            case PcErr err -> {
                for (PcErr.ErrorBlock b : err.errors()) {
                    completeAll(b.requests(), err);
                }
            }
            case PcNtf ntf -> {
                for (PcNtf.Notify n : ntf.notifies()) {
                    completeAll(n.requests(), ntf);
                }
            }
            default -> { } // PCUpd/PCInitiate: a stateless emulated PCC ignores them
        }
    }

    private void completeAll(List<Rp> requests, Message answer) {
        for (Rp rp : requests) {
            Pending p = pending.get(rp.requestId());
            if (p != null) {
                p.answer.complete(answer);
            }
        }
    }

    private void late(long id) {
        if (lateIds.size() >= MAX_LATE_IDS) {
            lateIds.clear(); // requests the PCE never answered at all: forget them rather than grow
        }
        lateIds.add(id);
    }

    /** How a pending request ends when its session goes down (not a timeout: no late answer can come). */
    static final class SessionDownException extends IllegalStateException {
        SessionDownException(String message) {
            super(message);
        }
    }

    @Override
    public void onDown(PcepSession s, SessionDown reason) {
        down = reason;
        lateIds.clear();
        SessionDownException e = new SessionDownException(name() + ": session down: " + reason.detail());
        for (Pending p : pending.values()) {
            p.answer.completeExceptionally(e);
        }
    }
}
