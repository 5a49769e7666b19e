package org.pathwise.compute;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The outcome of a computation: the paths found, or a typed reason why there is none. */
public sealed interface PathResult {

    /**
     * Paths found, best first (k shortest: increasing cost; disjoint pair: primary, secondary).
     * {@code caveats} lists what the result could not fully honour; {@code sharing} counts what a
     * pair shares (links, transit nodes, SRLGs; the kind the request asked to avoid is zero unless
     * {@link Caveat#NOT_FULLY_DISJOINT}; for one path or k paths it is {@link Sharing#NONE}).
     */
    record Found(List<Path> paths, Set<Caveat> caveats, Sharing sharing) implements PathResult {
        public Found {
            paths = List.copyOf(paths);
            caveats = Set.copyOf(caveats);
            Objects.requireNonNull(sharing, "sharing");
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("Found needs at least one path");
            }
        }

        public static Found of(Path path) {
            return new Found(List.of(path), Set.of(), Sharing.NONE);
        }

        public Path first() {
            return paths.get(0);
        }
    }

    /** No path: the main reason, a human-readable detail and every constraint family that failed. */
    record NoPath(NoPathReason reason, String detail, Set<ConstraintKind> unsatisfied) implements PathResult {
        public NoPath {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            unsatisfied = Set.copyOf(unsatisfied);
        }

        public static NoPath of(NoPathReason reason, String detail) {
            return new NoPath(reason, detail, Set.of());
        }
    }

    /** Something a Found result could not fully honour. */
    enum Caveat {
        /** A preferred (XRO L bit) exclusion had to be dropped to find a path (RFC 5521 §2.1). */
        PREFERRED_EXCLUSION_IGNORED,
        /** No fully disjoint pair exists; this pair shares the fewest elements (see Sharing). */
        NOT_FULLY_DISJOINT,
        /** Fewer than the requested k paths exist under the constraints. */
        FEWER_PATHS_THAN_REQUESTED,
        /**
         * The SRLG-disjoint search hit its enumeration limit: the pair is link/node-disjoint and the
         * best found, but a cheaper or fully SRLG-disjoint one may exist.
         */
        DISJOINT_SEARCH_LIMITED,
        /**
         * The cheapest route through the include-route hops repeated a node, so this loop-free
         * route came from the segment-by-segment fallback: it meets every constraint but is not
         * proven optimal.
         */
        INCLUDE_ROUTE_NOT_PROVEN_OPTIMAL
    }

    /** What the two paths of a pair have in common. */
    record Sharing(int links, int nodes, int srlgs) {
        public static final Sharing NONE = new Sharing(0, 0, 0);

        public boolean none() {
            return links == 0 && nodes == 0 && srlgs == 0;
        }
    }
}
