package org.pathwise.session;

/**
 * An acceptable range of a peer's Open timer value in seconds, inclusive (RFC 5440 §7.3). A range
 * may admit 0 ("no keepalives" / "no dead timer") only when {@code allowZero} is set: 0 is not
 * "shorter than min" but a distinct choice a PCE may refuse.
 */
public record TimerRange(int min, int max, boolean allowZero) {
    public TimerRange {
        if (min < 1 || max > 255 || min > max) {
            throw new IllegalArgumentException("timer range must satisfy 1 <= min <= max <= 255, got " + min + ".." + max);
        }
    }

    public boolean accepts(int seconds) {
        return seconds == 0 ? allowZero : seconds >= min && seconds <= max;
    }

    /** The acceptable value nearest to {@code seconds}: what a counter-proposal (PCErr 1/4) offers. */
    public int clamp(int seconds) {
        if (seconds == 0 && allowZero) {
            return 0;
        }
        return Math.max(min, Math.min(max, seconds));
    }
}
