package org.pathwise.pcc.emulate;

import java.util.Locale;

/**
 * The state of a run once a second: totals so far and the rate and latency of the last second.
 *
 * @param elapsedNanos since the start
 * @param sent messages sent so far
 * @param paths answered with a path
 * @param noPaths answered with NO-PATH
 * @param overloaded shed by the PCE
 * @param errors PCErr, session failures
 * @param timeouts unanswered within the timeout
 * @param answeredPerSecond answers in the last interval, per second
 * @param p99Nanos 99th percentile latency of the last interval
 */
public record ProgressTick(long elapsedNanos, long sent, long paths, long noPaths, long overloaded, long errors,
        long timeouts, double answeredPerSecond, long p99Nanos) {

    /** One line, e.g. {@code 12s  sent 60,012  4,998/s  path 59,001  no-path 980  err 0  timeout 0  p99 412 µs}. */
    public String line() {
        return String.format(Locale.ROOT, "%3ds  sent %s  answered %s/s  path %s  no-path %s  shed %s  err %s  timeout %s  p99 %s",
                elapsedNanos / 1_000_000_000L, Numbers.count(sent), Numbers.rate(answeredPerSecond), Numbers.count(paths),
                Numbers.count(noPaths), Numbers.count(overloaded), Numbers.count(errors), Numbers.count(timeouts),
                Numbers.latency(p99Nanos));
    }

    /** Turns successive counter readings into ticks (one reader thread). */
    static final class Tracker {
        private final LoadCounters counters;
        private final long startNanos;
        private long lastNanos;
        private long lastAnswered;

        Tracker(LoadCounters counters, long startNanos) {
            this.counters = counters;
            this.startNanos = startNanos;
            this.lastNanos = startNanos;
        }

        ProgressTick next(long now) {
            LoadCounters.View view = counters.view();
            long answered = counters.answeredCount();
            double rate = (answered - lastAnswered) * 1e9 / Math.max(1, now - lastNanos);
            lastAnswered = answered;
            lastNanos = now;
            return new ProgressTick(now - startNanos, counters.sentCount(), counters.count(Outcome.PATH),
                    counters.count(Outcome.NO_PATH), counters.count(Outcome.OVERLOADED), counters.count(Outcome.ERROR),
                    counters.count(Outcome.TIMEOUT), rate, view.sinceLast().getValueAtPercentile(99));
        }
    }
}
