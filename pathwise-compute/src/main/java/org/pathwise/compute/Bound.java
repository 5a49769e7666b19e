package org.pathwise.compute;

import java.util.Objects;

/**
 * An upper bound on a path's accumulated metric (RFC 5440 §7.8, METRIC object with the B flag):
 * a returned path never exceeds it.
 */
public record Bound(MetricKind metric, long max) {
    public Bound {
        Objects.requireNonNull(metric, "metric");
        if (max < 0) {
            throw new IllegalArgumentException("bound on " + metric + " must be >= 0, got " + max);
        }
    }
}
