package org.pathwise.session.timer;

import java.time.Duration;

/**
 * The session's timers, kept lazily (RFC 5440 §6.3–§6.4, Appendix A): nothing is scheduled per
 * message. Sending and receiving only stamp {@link #sent}/{@link #received}; whoever drives the
 * session asks {@link #nextDeadlineIn} and schedules one check for that moment. When the check
 * runs, a deadline that was pushed back by traffic in the meantime is simply not yet due.
 *
 * <p>Times are monotonic nanoseconds from an injectable ticker and compared by difference, so a
 * wrapping {@code System.nanoTime()} is fine.
 */
public final class SessionTimers {

    /** The single establishment timer running in a given state. */
    public enum WaitTimer { NONE, START_TLS_WAIT, OPEN_WAIT, KEEP_WAIT }

    /** {@link #nextDeadlineIn} when nothing is armed. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;

    private long lastSent;
    private long lastReceived;
    private long keepaliveNanos;
    private long deadNanos;
    private WaitTimer wait = WaitTimer.NONE;
    private long waitStarted;
    private long waitNanos;

    public SessionTimers(long now) {
        lastSent = now;
        lastReceived = now;
    }

    public void sent(long now) {
        lastSent = now;
    }

    public void received(long now) {
        lastReceived = now;
    }

    /** Arms (or re-arms) the establishment timer for the current state. */
    public void startWait(WaitTimer timer, Duration duration, long now) {
        wait = timer;
        waitStarted = now;
        waitNanos = duration.toNanos();
    }

    public void stopWait() {
        wait = WaitTimer.NONE;
    }

    public WaitTimer waitTimer() {
        return wait;
    }

    /**
     * Enters the Up regime: keepalives every {@code keepaliveSeconds} after the last message sent
     * (RFC 5440 §6.3: any message resets it), the peer dead after {@code deadSeconds} without any
     * message received. 0 disables either.
     */
    public void startUp(int keepaliveSeconds, int deadSeconds, long now) {
        wait = WaitTimer.NONE;
        keepaliveNanos = Duration.ofSeconds(keepaliveSeconds).toNanos();
        deadNanos = Duration.ofSeconds(deadSeconds).toNanos();
        lastReceived = now;
    }

    public boolean waitExpired(long now) {
        return wait != WaitTimer.NONE && now - waitStarted >= waitNanos;
    }

    public boolean deadExpired(long now) {
        return deadNanos > 0 && now - lastReceived >= deadNanos;
    }

    public boolean keepaliveDue(long now) {
        return keepaliveNanos > 0 && now - lastSent >= keepaliveNanos;
    }

    /** Nanoseconds from {@code now} until the earliest armed deadline (0 if overdue), or {@link #NO_DEADLINE}. */
    public long nextDeadlineIn(long now) {
        long next = NO_DEADLINE;
        if (wait != WaitTimer.NONE) {
            next = Math.min(next, waitStarted + waitNanos - now);
        }
        if (keepaliveNanos > 0) {
            next = Math.min(next, lastSent + keepaliveNanos - now);
        }
        if (deadNanos > 0) {
            next = Math.min(next, lastReceived + deadNanos - now);
        }
        return next == NO_DEADLINE ? NO_DEADLINE : Math.max(0, next);
    }
}
