package org.pathwise.compute;

/**
 * What a single-path computation optimises. {@link ObjectiveFunction} maps each RFC 5541 code to
 * one of these; docs/compute.md lists the algorithm behind each.
 */
public enum Objective {
    /** Minimise the request's metric (CSPF). */
    MIN_METRIC,
    /** Minimise the metric; among equal-metric paths take the one with most residual bandwidth. */
    WIDEST_SHORTEST,
    /** Maximise the bottleneck residual bandwidth; among those, minimise the metric. */
    SHORTEST_WIDEST,
    /**
     * Minimise the load of the path's most loaded link (load = 1 - residual / max reservable);
     * among those, minimise the metric.
     */
    MIN_MAX_LOAD
}
