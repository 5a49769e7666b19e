package org.pathwise.compute;

/** The constraint families a request can carry; a NoPath lists those that could not be met. */
public enum ConstraintKind {
    BANDWIDTH,
    AFFINITY,
    EXCLUSION,
    INCLUDE_ROUTE,
    HOP_LIMIT,
    IGP_BOUND,
    TE_BOUND,
    DELAY_BOUND,
    DIVERSITY;

    /** The bound kind for a metric; HOPS bounds are the hop limit. */
    public static ConstraintKind boundOn(MetricKind metric) {
        return switch (metric) {
            case IGP -> IGP_BOUND;
            case TE -> TE_BOUND;
            case HOPS -> HOP_LIMIT;
            case DELAY -> DELAY_BOUND;
        };
    }
}
