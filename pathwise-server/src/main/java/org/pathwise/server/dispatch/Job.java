package org.pathwise.server.dispatch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathwise.server.svec.SvecGroups;
import org.pathwise.server.translate.ParsedRequest;

/**
 * One unit of work in the queue: a single request, or a set of synchronized requests computed
 * together. Ordered by RP priority (7 first, 0 last) and then arrival. Its life is
 * QUEUED → RUNNING → DONE, or QUEUED → CANCELLED; the transitions are compare-and-set, so a worker
 * and a cancelling I/O thread never both win.
 */
public final class Job implements Comparable<Job> {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;

    private final Object owner;
    private final SvecGroups.RequestSet set;
    private final int priority;
    private final long sequence;
    private final long receivedNanos;
    private volatile long enqueuedNanos;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    /** Members the PCC cancelled; made at the first cancellation (most jobs never see one). */
    private Set<Long> cancelledMembers;

    public Job(Object owner, SvecGroups.RequestSet set, long sequence, long receivedNanos) {
        this.owner = owner;
        this.set = set;
        this.sequence = sequence;
        this.receivedNanos = receivedNanos;
        int p = 0;
        for (ParsedRequest r : set.members()) {
            p = Math.max(p, r.priority());
        }
        this.priority = p;
    }

    /** Whatever the submitter uses to find where replies go (the server's per-session state). */
    public Object owner() {
        return owner;
    }

    public SvecGroups.RequestSet set() {
        return set;
    }

    public List<ParsedRequest> members() {
        return set.members();
    }

    public int priority() {
        return priority;
    }

    public long receivedNanos() {
        return receivedNanos;
    }

    public long enqueuedNanos() {
        return enqueuedNanos;
    }

    void enqueuedAt(long nanos) {
        enqueuedNanos = nanos;
    }

    /** QUEUED → RUNNING; false when it was cancelled first. */
    boolean start() {
        return state.compareAndSet(QUEUED, RUNNING);
    }

    /** QUEUED → CANCELLED; false when a worker already took it. */
    boolean cancel() {
        return state.compareAndSet(QUEUED, CANCELLED);
    }

    void finish() {
        state.set(DONE);
    }

    /**
     * Marks one member cancelled by its PCC. Returns true when every member now is, so the whole
     * job may be withdrawn from the queue.
     */
    public synchronized boolean cancelMember(long requestId) {
        if (cancelledMembers == null) {
            cancelledMembers = new HashSet<>();
        }
        cancelledMembers.add(requestId);
        for (ParsedRequest r : set.members()) {
            if (!cancelledMembers.contains(r.requestId())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Job o) {
        if (priority != o.priority) {
            return Integer.compare(o.priority, priority);
        }
        return Long.compare(sequence, o.sequence);
    }
}
