package org.pathwise.session.fsm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.Rp;
import org.pathwise.session.Role;

/**
 * The request ids in flight on one session, so the session itself can spot replies and
 * cancellations naming unknown requests (RFC 5440 §7.17 Close reason 4) and bound a PCE's pending
 * requests. A PCE tracks requests received and not yet answered; a PCC tracks requests sent.
 * Event-loop confined.
 */
final class RequestBook {
    /** RFC 5440 §7.14: Notification-type 1, pending request cancelled. */
    static final int NT_REQUEST_CANCELLED = 1;
    /** NV 1: the PCC cancels a set of pending requests. */
    static final int NV_PCC_CANCELS = 1;
    /** NV 2: the PCE cancels a set of pending requests. */
    static final int NV_PCE_CANCELS = 2;

    /** How many finished request ids are remembered, so a late cancellation is not "unknown". */
    static final int FINISHED_MEMORY = 256;

    private final Role role;
    private final Set<Long> pending = new HashSet<>();
    /**
     * Requests answered or cancelled lately. A cancellation crossing our reply (or ignoring our
     * own cancellation, as FRR 8.4.4 does before re-requesting) names one of these: a benign race,
     * not an unknown request (RFC 5440 §7.17 reason 4 is for references that never existed).
     * A ring of the last {@link #FINISHED_MEMORY} ids, allocated at the first answer. Looked up
     * only when a message names a request that is not pending (rare), so a scan is enough; every
     * answer just overwrites a slot. (A linked set cost two objects per answer that lived long
     * enough to be promoted: at 20,000 answers/s that churn was most of what the collector copied.)
     */
    private long[] finished;
    private int finishedNext;
    private int finishedCount;

    RequestBook(Role role) {
        this.role = role;
    }

    int size() {
        return pending.size();
    }

    boolean isPending(long requestId) {
        return pending.contains(requestId);
    }

    void add(long requestId) {
        pending.add(requestId);
    }

    /** Whether the id was pending (and is no more). */
    boolean remove(long requestId) {
        if (!pending.remove(requestId)) {
            return false;
        }
        if (finished == null) {
            finished = new long[FINISHED_MEMORY];
        }
        finished[finishedNext] = requestId;
        finishedNext = finishedNext + 1 == FINISHED_MEMORY ? 0 : finishedNext + 1;
        finishedCount = Math.min(finishedCount + 1, FINISHED_MEMORY);
        return true;
    }

    /** Whether the id was answered or cancelled recently (among the last {@link #FINISHED_MEMORY}). */
    boolean recentlyFinished(long requestId) {
        if (finished == null) {
            return false;
        }
        for (int i = 0; i < finishedCount; i++) {
            if (finished[i] == requestId) {
                return true;
            }
        }
        return false;
    }

    /** Updates the book for a message this side sends. */
    void outbound(Message message) {
        switch (message) {
            case PcReq r when role == Role.PCC -> r.requests().forEach(q -> pending.add(q.rp().requestId()));
            case PcRep r when role == Role.PCE -> r.responses().forEach(s -> remove(s.rp().requestId()));
            case PcNtf n -> cancelled(n, role == Role.PCC ? NV_PCC_CANCELS : NV_PCE_CANCELS).forEach(
                    rp -> remove(rp.requestId()));
            case PcErr e -> e.errors().forEach(b -> b.requests().forEach(rp -> remove(rp.requestId())));
            default -> { }
        }
    }

    /** The RPs of {@code n}'s notifies that carry a "pending request cancelled" with value {@code nv}. */
    static List<Rp> cancelled(PcNtf n, int nv) {
        List<Rp> rps = new ArrayList<>(0);
        for (PcNtf.Notify notify : n.notifies()) {
            for (Notification notification : notify.notifications()) {
                if (notification.type() == NT_REQUEST_CANCELLED && notification.value() == nv) {
                    rps.addAll(notify.requests());
                    break;
                }
            }
        }
        return rps;
    }
}
