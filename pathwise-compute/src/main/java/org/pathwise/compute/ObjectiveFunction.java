package org.pathwise.compute;

/**
 * RFC 5541 §4 objective function codes, each mapped to the algorithm that serves it for a
 * point-to-point request. The set-oriented functions (MBC, MLL, MCC) reduce, for one path, to
 * their single-path meaning; MCC for a disjoint pair means minimising the pair's total cost.
 * SPT and MCT are point-to-multipoint objectives (RFC 6006); for one destination a tree is a path,
 * so they reduce to MCP.
 */
public enum ObjectiveFunction {
    /** Minimum Cost Path: CSPF on the request metric. */
    MCP(1, Objective.MIN_METRIC),
    /** Minimum Load Path: minimise the most loaded link's load (bottleneck search on load). */
    MLP(2, Objective.MIN_MAX_LOAD),
    /** Maximum residual Bandwidth Path: shortest-widest path. */
    MBP(3, Objective.SHORTEST_WIDEST),
    /** Minimise aggregate Bandwidth Consumption: bandwidth x hops, so the minimum-hop path. */
    MBC(4, Objective.MIN_METRIC),
    /** Minimise the Load of the most loaded Link: for one path, the same as MLP. */
    MLL(5, Objective.MIN_MAX_LOAD),
    /** Minimise the Cumulative Cost of a set of paths: CSPF; for a disjoint pair, minimum total. */
    MCC(6, Objective.MIN_METRIC),
    /** Shortest Path Tree (RFC 6006): for one destination, the minimum-cost path. */
    SPT(7, Objective.MIN_METRIC),
    /** Minimum Cost Tree (RFC 6006): for one destination, the minimum-cost path. */
    MCT(8, Objective.MIN_METRIC);

    private final int code;
    private final Objective objective;

    ObjectiveFunction(int code, Objective objective) {
        this.code = code;
        this.objective = objective;
    }

    /** The IANA "Objective Function" registry code. */
    public int code() {
        return code;
    }

    public Objective objective() {
        return objective;
    }

    /** The metric this function fixes regardless of the request's METRIC, or null if it keeps it. */
    public MetricKind forcedMetric() {
        return this == MBC ? MetricKind.HOPS : null;
    }

    /** The function with this IANA code, or null when the code is unknown (RFC 5541 §3.2: PCErr). */
    public static ObjectiveFunction fromCode(int code) {
        for (ObjectiveFunction f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }
}
