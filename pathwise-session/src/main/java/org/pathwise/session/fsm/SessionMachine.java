package org.pathwise.session.fsm;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.CloseReason;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.message.StartTls;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionDown.Cause;
import org.pathwise.session.TlsMode;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.capability.NegotiatedCapabilities;
import org.pathwise.session.negotiation.OpenNegotiation;
import org.pathwise.session.negotiation.OpenVerdict;
import org.pathwise.session.timer.RateWindow;
import org.pathwise.session.timer.SessionTimers;
import org.pathwise.session.timer.SessionTimers.WaitTimer;

/**
 * One PCEP session's state machine (RFC 5440 §6 and Appendix A, RFC 8253 §3.4), for either role.
 * Pure: inputs are method calls carrying the current time, outputs go to {@link SessionActions}.
 * Not thread-safe by design: the transport calls it only from the session's event loop.
 */
public final class SessionMachine {
    private final SessionConfig config;
    private final PeerSettings peer;
    private final int localSessionId;
    private final SessionActions out;
    private final SessionTimers timers;
    private final RateWindow unknownMessages;
    private final RateWindow unknownRequests;
    private final RequestBook requests;

    private SessionState state = SessionState.IDLE;
    private OpenObject localOpen;
    private OpenObject peerOpen;
    private boolean localOk;
    private boolean remoteOk;
    private boolean counterProposed;
    private boolean adoptedProposal;
    private boolean tlsHandshaking;
    private boolean tlsActive;
    private boolean wasUp;
    private Negotiated negotiated;

    public SessionMachine(SessionConfig config, PeerSettings peer, int localSessionId, SessionActions out, long now) {
        this.config = config;
        this.peer = peer;
        this.localSessionId = localSessionId;
        this.out = out;
        this.timers = new SessionTimers(now);
        this.unknownMessages = new RateWindow(config.maxUnknownMessagesPerMinute());
        this.unknownRequests = new RateWindow(config.maxUnknownRequestsPerMinute());
        this.requests = new RequestBook(config.role());
    }

    public SessionState state() {
        return state;
    }

    /** The agreed parameters, or null before Up. */
    public Negotiated negotiated() {
        return negotiated;
    }

    public Role role() {
        return config.role();
    }

    /** Nanoseconds until the next timer check is needed, or {@link SessionTimers#NO_DEADLINE}. */
    public long nextDeadlineIn(long now) {
        return state == SessionState.IDLE ? SessionTimers.NO_DEADLINE : timers.nextDeadlineIn(now);
    }

    // ---- inputs ----

    /** A PCC starts connecting. */
    public void connecting() {
        state = SessionState.TCP_PENDING;
    }

    /** TCP is established: offer StartTLS (RFC 8253 §3.4) or send our Open (RFC 5440 §6.2). */
    public void connected(long now) {
        if (peer.tls() != TlsMode.OFF && config.tls().isPresent()) {
            emit(StartTls.INSTANCE, now);
            state = SessionState.START_TLS_WAIT;
            timers.startWait(WaitTimer.START_TLS_WAIT, config.startTlsWait(), now);
        } else if (peer.tls() == TlsMode.REQUIRED) {
            // Configuration says TLS or nothing, but no TLS context is configured.
            state = SessionState.START_TLS_WAIT;
            fail(PcepErrors.TLS_FAILURE_NO_FALLBACK, "TLS required for this peer but no TLS context configured", now);
        } else {
            sendOpen(config.keepalive(), config.deadTimer(), now);
        }
    }

    public void received(DecodeResult result, long now) {
        if (state == SessionState.IDLE || state == SessionState.TCP_PENDING) {
            return;
        }
        timers.received(now); // RFC 5440 §6.4: any message restarts the DeadTimer
        switch (result) {
            case DecodeResult.Decoded d -> state.onMessage(this, d.message(), now);
            case DecodeResult.Failed f -> state.onDecodeError(this, f.error(), now);
        }
    }

    /** Checks the timers; the transport calls it when {@link #nextDeadlineIn} elapses. */
    public void tick(long now) {
        if (state == SessionState.IDLE) {
            return;
        }
        if (timers.waitExpired(now)) {
            state.onWaitExpired(this, now);
        } else if (state == SessionState.UP) {
            if (timers.deadExpired(now)) {
                closeWith(CloseReason.DEADTIMER_EXPIRED, Cause.DEAD_TIMER, "no message from the peer within its DeadTimer "
                        + negotiated.deadTimer() + " s", now);
            } else if (timers.keepaliveDue(now)) {
                emit(Keepalive.INSTANCE, now);
            }
        }
    }

    public void tlsEstablished(long now) {
        if (state == SessionState.START_TLS_WAIT && tlsHandshaking) {
            tlsHandshaking = false;
            tlsActive = true;
            sendOpen(config.keepalive(), config.deadTimer(), now);
        }
    }

    /** RFC 8253 §3.4: 25/3 when we cannot go on without TLS, 25/4 when we could. */
    public void tlsFailed(String why, long now) {
        if (state != SessionState.IDLE) {
            ErrorCode code = peer.tls() == TlsMode.REQUIRED ? PcepErrors.TLS_FAILURE_NO_FALLBACK
                    : PcepErrors.TLS_FAILURE_FALLBACK;
            exit(code, Cause.TLS_FAILED, "TLS handshake failed: " + why, now);
        }
    }

    /** The application sends a message; returns false (and sends nothing) unless the session is Up. */
    public boolean send(Message message, long now) {
        if (state != SessionState.UP) {
            return false;
        }
        requests.outbound(message);
        emit(message, now);
        return true;
    }

    /** See {@link org.pathwise.session.PcepSession#unknownRequest}. */
    public void unknownRequest(Rp rp, long now) {
        if (state != SessionState.UP) {
            return;
        }
        emit(error(PcepErrors.UNKNOWN_REQUEST_REFERENCE, List.of(rp), List.of()), now);
        if (!unknownRequests.record(now)) {
            closeWith(CloseReason.TOO_MANY_UNKNOWN_REQUESTS, Cause.PROTOCOL_VIOLATION,
                    "more than " + config.maxUnknownRequestsPerMinute() + " unknown requests in a minute", now);
        }
    }

    /** The application closes the session. */
    public void close(int reason, long now) {
        if (state == SessionState.UP) {
            closeWith(reason, Cause.LOCAL_CLOSE, "closed locally", now);
        } else if (state != SessionState.IDLE) {
            end(SessionDown.of(Cause.LOCAL_CLOSE, "closed locally before Up"));
            out.disconnect();
        }
    }

    public void connectionLost() {
        if (state != SessionState.IDLE) {
            end(SessionDown.of(Cause.CONNECTION_LOST, "TCP connection closed without Close"));
        }
    }

    // ---- establishment (called by the states) ----

    void peerStartedTls(long now) {
        if (tlsHandshaking) {
            fail(PcepErrors.STARTTLS_AFTER_EXCHANGE, "second StartTLS", now);
            return;
        }
        tlsHandshaking = true;
        out.startTls();
    }

    void openInsteadOfStartTls(Open open, long now) {
        if (tlsHandshaking || peer.tls() == TlsMode.REQUIRED) {
            fail(PcepErrors.TLS_FAILURE_NO_FALLBACK, "peer sent Open but TLS is required", now);
            return;
        }
        // TLS optional: the peer does not do PCEPS, carry on in the clear (RFC 8253 §3.4).
        sendOpen(config.keepalive(), config.deadTimer(), now);
        peerOpen(open, now);
    }

    void startTlsAfterExchange(long now) {
        if (config.tls().isEmpty() || peer.tls() == TlsMode.OFF) {
            // RFC 8253 §3.4: a speaker without PCEPS treats StartTLS as a non-Open message.
            fail(PcepErrors.INVALID_OPEN, "StartTLS from the peer, PCEPS not enabled", now);
        } else {
            fail(PcepErrors.STARTTLS_AFTER_EXCHANGE, "StartTLS after the Open exchange", now);
        }
    }

    void peerOpen(Open open, long now) {
        if (remoteOk) {
            fail(PcepErrors.INVALID_OPEN, "a second Open after ours was accepted", now);
            return;
        }
        switch (OpenNegotiation.judge(open.object(), peer)) {
            case OpenVerdict.Accept a -> {
                peerOpen = open.object();
                remoteOk = true;
                emit(Keepalive.INSTANCE, now);
                if (localOk) {
                    goUp(now);
                } else {
                    state = SessionState.KEEP_WAIT;
                    timers.startWait(WaitTimer.KEEP_WAIT, config.keepWait(), now);
                }
            }
            case OpenVerdict.CounterPropose c -> {
                if (counterProposed) {
                    fail(PcepErrors.SECOND_OPEN_UNACCEPTABLE, c.why(), now);
                    return;
                }
                counterProposed = true;
                PcErr proposal = new PcErr(List.of(block(PcepErrors.UNACCEPTABLE_NEGOTIABLE, List.of(), List.of())),
                        c.proposal());
                emit(proposal, now);
                timers.startWait(WaitTimer.OPEN_WAIT, config.openWait(), now);
            }
            case OpenVerdict.Refuse r -> fail(r.error(), r.why(), now);
        }
    }

    void localOpenAccepted(long now) {
        localOk = true;
        if (remoteOk) {
            goUp(now);
        }
    }

    /** A PCErr before Up: a counter-proposal to our Open (1/4), or the peer giving up. */
    void peerErrorWhileNegotiating(PcErr err, long now) {
        ErrorCode code = firstError(err);
        if (code.type() != 1 || code.value() != 4) {
            end(SessionDown.error(Cause.NEGOTIATION_FAILED, code, "peer refused the session: " + code));
            out.disconnect();
            return;
        }
        OpenObject proposal = err.open();
        if (proposal == null || adoptedProposal || !OpenNegotiation.canAdopt(proposal, peer)) {
            fail(PcepErrors.PCERR_UNACCEPTABLE, proposal == null ? "PCErr 1/4 without an Open proposal"
                    : "cannot adopt keepalive/deadtimer " + proposal.keepalive() + "/" + proposal.deadTimer(), now);
            return;
        }
        adoptedProposal = true;
        localOk = false;
        sendOpen(proposal.keepalive(), proposal.deadTimer(), now);
        if (remoteOk) {
            state = SessionState.KEEP_WAIT;
            timers.startWait(WaitTimer.KEEP_WAIT, config.keepWait(), now);
        }
    }

    void peerClosed(Close close, long now) {
        int reason = close.object().reason();
        end(SessionDown.close(Cause.PEER_CLOSE, reason, "peer sent Close: " + CloseReason.describe(reason)));
        out.disconnect();
    }

    void peerRefused(PcErr err, long now) {
        ErrorCode code = firstError(err);
        end(SessionDown.error(Cause.NEGOTIATION_FAILED, code, "peer answered StartTLS with PCErr " + code));
        out.disconnect();
    }

    private void sendOpen(int keepalive, int deadTimer, long now) {
        localOpen = new OpenObject(keepalive, deadTimer, localSessionId, config.capabilities().toTlvs());
        emit(new Open(localOpen), now);
        if (state != SessionState.KEEP_WAIT) {
            state = SessionState.OPEN_WAIT;
            timers.startWait(WaitTimer.OPEN_WAIT, config.openWait(), now);
        }
    }

    private void goUp(long now) {
        negotiated = new Negotiated(localOpen.keepalive(), peerOpen.deadTimer(), localOpen.sessionId(),
                peerOpen.sessionId(), tlsActive, localOpen, peerOpen,
                NegotiatedCapabilities.negotiate(config.capabilities(), Capabilities.fromOpen(peerOpen)));
        timers.startUp(negotiated.keepalive(), negotiated.deadTimer(), now);
        state = SessionState.UP;
        wasUp = true;
        out.up();
    }

    // ---- Up ----

    void upMessage(Message message, long now) {
        switch (message) {
            case Keepalive k -> { } // the DeadTimer restart already happened
            case Close c -> peerClosed(c, now);
            case StartTls s -> fail(PcepErrors.STARTTLS_AFTER_EXCHANGE, "StartTLS on an Up session", now);
            case Open o -> emit(error(PcepErrors.INVALID_OPEN, List.of(), List.of()), now);
            case PcReq r when config.role() == Role.PCE -> admit(r, now);
            case PcRep r when config.role() == Role.PCC -> matchReplies(r, now);
            case PcNtf n -> notified(n, now);
            case PcErr e -> {
                requests.outbound(e); // the requests it names are answered, in either direction
                out.deliver(e, now);
            }
            default -> out.deliver(message, now);
        }
    }

    void upDecodeError(DecodeError e, long now) {
        switch (e.kind()) {
            case PROTOCOL_ERROR -> emit(error(e.code(), e.request().stream().toList(),
                    e.stateRequest().stream().toList()), now);
            case UNKNOWN_MESSAGE -> {
                if (!unknownMessages.record(now)) {
                    closeWith(CloseReason.TOO_MANY_UNRECOGNIZED_MESSAGES, Cause.PROTOCOL_VIOLATION,
                            "more than " + config.maxUnknownMessagesPerMinute() + " unrecognized messages in a minute ("
                                    + e.detail() + ")", now);
                }
            }
            case MALFORMED_MESSAGE -> {
                if (e.errorType() != 0) {
                    emit(error(e.code(), List.of(), List.of()), now);
                }
                closeWith(e.closeReason(), Cause.PROTOCOL_VIOLATION, e.toString(), now);
            }
        }
    }

    /** PCE: track the requests; beyond the pending limit, cancel at once (RFC 5440 §7.14, NT 1 NV 2). */
    private void admit(PcReq req, long now) {
        List<Request> accepted = new ArrayList<>(req.requests().size());
        List<Rp> refused = new ArrayList<>(0);
        for (Request r : req.requests()) {
            if (requests.size() >= config.maxPendingRequests()) {
                refused.add(r.rp());
            } else {
                requests.add(r.rp().requestId());
                accepted.add(r);
            }
        }
        if (!refused.isEmpty()) {
            emit(new PcNtf(List.of(new PcNtf.Notify(refused, List.of(new Notification(ObjectFlags.NONE,
                    RequestBook.NT_REQUEST_CANCELLED, RequestBook.NV_PCE_CANCELS, List.of()))))), now);
        }
        if (!accepted.isEmpty()) {
            out.deliver(refused.isEmpty() ? req : new PcReq(req.leading(), accepted), now);
        }
    }

    /** PCC: a reply must name a request we sent (RFC 5440 §7.17 reason 4 for too many that do not). */
    private void matchReplies(PcRep rep, long now) {
        List<Response> known = new ArrayList<>(rep.responses().size());
        for (Response r : rep.responses()) {
            if (requests.remove(r.rp().requestId())) {
                known.add(r);
            } else {
                unknownRequest(r.rp(), now);
                if (state != SessionState.UP) {
                    return;
                }
            }
        }
        if (!known.isEmpty()) {
            out.deliver(known.size() == rep.responses().size() ? rep : new PcRep(rep.leading(), known), now);
        }
    }

    /** A cancellation from the other side must name a pending request. */
    private void notified(PcNtf ntf, long now) {
        int nv = config.role() == Role.PCE ? RequestBook.NV_PCC_CANCELS : RequestBook.NV_PCE_CANCELS;
        for (Rp rp : RequestBook.cancelled(ntf, nv)) {
            if (!requests.remove(rp.requestId()) && !requests.recentlyFinished(rp.requestId())) {
                unknownRequest(rp, now);
                if (state != SessionState.UP) {
                    return;
                }
            }
        }
        out.deliver(ntf, now);
    }

    // ---- exits and helpers ----

    /** Sends PCErr {@code code} and closes the connection (establishment failures, RFC 5440 §6.2). */
    void fail(ErrorCode code, String why, long now) {
        exit(code, state == SessionState.UP ? Cause.PROTOCOL_VIOLATION : Cause.NEGOTIATION_FAILED, why, now);
    }

    private void exit(ErrorCode code, Cause cause, String why, long now) {
        emit(error(code, List.of(), List.of()), now);
        end(SessionDown.error(cause, code, why));
        out.disconnect();
    }

    /** Sends Close with {@code reason} and closes the connection (RFC 5440 §6.8). */
    private void closeWith(int reason, Cause cause, String why, long now) {
        emit(Close.of(reason), now);
        end(SessionDown.close(cause, reason, why));
        out.disconnect();
    }

    private void end(SessionDown reason) {
        state = SessionState.IDLE;
        timers.stopWait();
        out.down(reason, wasUp);
    }

    private void emit(Message message, long now) {
        out.write(message);
        timers.sent(now);
    }

    private static PcErr error(ErrorCode code, List<Rp> rps, List<Srp> srps) {
        return new PcErr(List.of(block(code, rps, srps)), null);
    }

    private static PcErr.ErrorBlock block(ErrorCode code, List<Rp> rps, List<Srp> srps) {
        return new PcErr.ErrorBlock(rps, srps, List.of(PcepError.of(code.type(), code.value())));
    }

    private static ErrorCode firstError(PcErr err) {
        for (PcErr.ErrorBlock b : err.errors()) {
            for (PcepError e : b.errors()) {
                return PcepErrors.lookup(e.errorType(), e.errorValue());
            }
        }
        return PcepErrors.lookup(0, 0);
    }
}
