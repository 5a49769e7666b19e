package org.pathwise.compute;

import java.util.Objects;

/**
 * A request for two mutually disjoint paths (a working/protection pair, RFC 8800 style) between
 * the request's endpoints.
 */
public record Diversity(Disjointness disjointness, PairObjective objective) {

    public enum Disjointness {
        /** No directed link in common, nor a link and its reverse (the same adjacency). */
        LINK,
        /** Link-disjoint and no transit node in common. */
        NODE,
        /** Link-disjoint and no SRLG in common. */
        SRLG
    }

    public enum PairObjective {
        /** Minimise the sum of both paths' costs (RFC 5541 MCC). */
        MIN_TOTAL,
        /** Minimise the primary's cost first, then the secondary's. */
        MIN_PRIMARY
    }

    public Diversity {
        Objects.requireNonNull(disjointness, "disjointness");
        Objects.requireNonNull(objective, "objective");
    }
}
