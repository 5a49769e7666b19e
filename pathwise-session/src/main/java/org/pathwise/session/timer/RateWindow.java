package org.pathwise.session.timer;

/**
 * "At most N events in any 60 seconds" (RFC 5440 §6.8/§7.17 unknown messages and requests),
 * exactly: a ring of the last N event times. Memory is N longs; no scheduled cleanup.
 */
public final class RateWindow {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final long[] times;
    private int next;
    private int count;

    public RateWindow(int maxPerMinute) {
        times = new long[maxPerMinute];
    }

    /** Records an event at {@code now}; false when it is one too many for the last minute. */
    public boolean record(long now) {
        if (times.length == 0) {
            return false;
        }
        if (count == times.length && now - times[next] < MINUTE_NANOS) {
            return false;
        }
        times[next] = now;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
        return true;
    }
}
