package org.pathwise.compute;

import org.pathwise.ted.TeSnapshot;

/**
 * The additive link metrics a path can be minimised or bounded on. Path loss (RFC 8570) is not
 * modelled by the TED, so it is not offered here.
 */
public enum MetricKind {
    /** IGP metric (RFC 5440 METRIC type 1). */
    IGP,
    /** TE metric (RFC 5440 METRIC type 2). */
    TE,
    /** Hop count (RFC 5440 METRIC type 3): every link counts 1. */
    HOPS,
    /** Unidirectional link delay in microseconds (RFC 7471), summed: path delay (RFC 8233 type 12). */
    DELAY;

    private static final MetricKind[] VALUES = values();

    /** The metric of link {@code l} in {@code snapshot}; hot path, no allocation. */
    public long of(TeSnapshot snapshot, int l) {
        return switch (this) {
            case IGP -> snapshot.igpMetric(l);
            case TE -> snapshot.teMetric(l);
            case HOPS -> 1L;
            case DELAY -> snapshot.delayMicros(l);
        };
    }

    static MetricKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
