package org.pathwise.pcc.emulate;

import java.time.Duration;
import java.util.Objects;

/**
 * One load run.
 *
 * @param pacing open or closed loop
 * @param duration how long requests are released
 * @param timeout a request unanswered this long counts as a timeout
 * @param seed seeds every random choice (arrival gaps, demands, kinds, bounds)
 */
public record LoadSettings(Pacing pacing, Duration duration, Duration timeout, long seed) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public LoadSettings {
        Objects.requireNonNull(pacing, "pacing");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be > 0, got " + duration);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
        }
    }
}
