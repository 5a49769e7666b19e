package org.pathwise.pcc;

import java.time.Duration;

/**
 * Reconnect delays: {@code initial × multiplier^attempt}, capped at {@code max}, with up to
 * {@code jitter} (a fraction) added so a thousand emulated PCCs dropped together do not reconnect
 * in lock step.
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1 || jitter < 0
                || jitter > 1) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, multiplier >= 1, jitter in 0..1");
        }
    }

    /** 1 s, doubling, at most 60 s, 20 % jitter. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.2);

    /** The delay before reconnect attempt {@code attempt} (0 = the first retry); {@code random} in [0, 1). */
    public Duration delay(int attempt, double random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.min(attempt, 62));
        double capped = Math.min(base, max.toNanos());
        return Duration.ofNanos((long) (capped * (1 + jitter * random)));
    }
}
