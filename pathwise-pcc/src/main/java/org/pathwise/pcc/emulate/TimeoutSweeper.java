package org.pathwise.pcc.emulate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

/**
 * Times out unanswered requests without a timer per request: requests are queued in send order
 * with their deadline, and a periodic {@link #sweep} fails the ones at the head whose deadline has
 * passed. With one timeout for the whole run, deadlines are (nearly) in send order, so the head
 * is always the next to expire. Answered requests are dropped from the head at every sweep, not
 * only when their deadline comes: answers arrive in about send order, so the queue holds little
 * more than what is outstanding. (Keeping every answered future, with its reply, for the whole
 * timeout made the emulator's own garbage the largest live set in the process, and the young
 * collections that copied it stalled the PCE sharing the process for tens of milliseconds.) Costs
 * one lock-free queue insertion per request instead of a scheduled task.
 */
final class TimeoutSweeper {
    private record Deadline(long atNanos, CompletableFuture<?> answer) {
    }

    private final ConcurrentLinkedQueue<Deadline> pending = new ConcurrentLinkedQueue<>();
    private final long timeoutNanos;

    TimeoutSweeper(long timeoutNanos) {
        this.timeoutNanos = timeoutNanos;
    }

    void watch(CompletableFuture<?> answer, long sentNanos) {
        pending.add(new Deadline(sentNanos + timeoutNanos, answer));
    }

    /**
     * Drops the answered requests at the head and fails every request whose deadline is before
     * {@code now}; returns how many it failed.
     */
    int sweep(long now) {
        int failed = 0;
        Deadline d;
        while ((d = pending.peek()) != null && (d.answer.isDone() || d.atNanos - now <= 0)) {
            pending.poll();
            if (!d.answer.isDone() && d.answer.completeExceptionally(new TimeoutException("no answer within "
                    + timeoutNanos / 1_000_000 + " ms"))) {
                failed++;
            }
        }
        return failed;
    }

    /** Requests still held (outstanding, or answered but behind an outstanding one). */
    int held() {
        return pending.size();
    }
}
