package org.pathwise.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A neutral path computation request: what the server builds from a PCReq (RP, END-POINTS,
 * BANDWIDTH, METRIC, LSPA, IRO, XRO, OF, SVEC), what the CLI builds from flags. Nodes and links
 * are named by their TED ids, so a request stays meaningful across snapshot versions.
 *
 * @param source          source node id
 * @param destination     destination node id
 * @param bandwidth       bytes/s to reserve; 0 for none. Checked against the unreserved bandwidth
 *                        at {@code setupPriority} (RFC 3209 §4.7: setup priority decides which
 *                        reservations the LSP may pre-empt)
 * @param setupPriority   0..7, 0 best
 * @param holdingPriority 0..7, 0 best (carried for the ledger; the computation uses setup)
 * @param metric          the metric minimised (and the tie-break of bandwidth objectives)
 * @param objective       what is optimised; see {@link ObjectiveFunction} for the RFC 5541 codes
 * @param bounds          upper bounds on accumulated metrics, all honoured at once
 * @param maxHops         hop limit, 0 for none (same as a HOPS bound)
 * @param affinity        resource-class constraints
 * @param includeRoute    hops the path must visit in this order (IRO)
 * @param exclusions      elements to keep off the path (XRO and explicit exclusions)
 * @param failBit         RFC 5521 XRO F bit: recomputing a failed LSP; {@code existing} must then
 *                        carry its path and bandwidth, credited back on its links
 * @param existing        bandwidth the LSP already holds (re-optimisation or restoration), or null
 * @param diversity       ask for a disjoint pair, or null for one path
 * @param pathCount       k: how many loopless paths to return, in increasing cost (Yen); 1 normally
 */
public record PathRequest(String source, String destination,
                          double bandwidth, int setupPriority, int holdingPriority,
                          MetricKind metric, Objective objective,
                          List<Bound> bounds, int maxHops,
                          Affinity affinity, List<RouteHop> includeRoute, List<Exclusion> exclusions,
                          boolean failBit, ExistingReservation existing,
                          Diversity diversity, int pathCount) {

    public PathRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(objective, "objective");
        bounds = List.copyOf(bounds);
        includeRoute = List.copyOf(includeRoute);
        exclusions = List.copyOf(exclusions);
        affinity = affinity == null ? Affinity.NONE : affinity;
        if (!(bandwidth >= 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and >= 0, got " + bandwidth);
        }
        checkPriority("setup", setupPriority);
        checkPriority("holding", holdingPriority);
        if (maxHops < 0) {
            throw new IllegalArgumentException("maxHops must be >= 0 (0 = no limit), got " + maxHops);
        }
        if (pathCount < 1) {
            throw new IllegalArgumentException("pathCount must be >= 1, got " + pathCount);
        }
        if (diversity != null && pathCount != 1) {
            throw new IllegalArgumentException("a disjoint pair and k shortest paths cannot be combined");
        }
        if (failBit && existing == null) {
            throw new IllegalArgumentException(
                    "the fail bit needs the failed LSP's path and bandwidth (RFC 5521 §2.1: RRO required)");
        }
    }

    private static void checkPriority(String which, int p) {
        if (p < 0 || p > 7) {
            throw new IllegalArgumentException(which + " priority must be 0..7, got " + p);
        }
    }

    public static Builder between(String source, String destination) {
        return new Builder(source, destination);
    }

    /** The tightest limit on hop count from {@code maxHops} and any HOPS bound; MAX_VALUE if none. */
    public long effectiveBound(MetricKind kind) {
        long limit = Long.MAX_VALUE;
        for (Bound b : bounds) {
            if (b.metric() == kind) {
                limit = Math.min(limit, b.max());
            }
        }
        if (kind == MetricKind.HOPS && maxHops > 0) {
            limit = Math.min(limit, maxHops);
        }
        return limit;
    }

    public Builder toBuilder() {
        Builder b = new Builder(source, destination);
        b.bandwidth = bandwidth;
        b.setupPriority = setupPriority;
        b.holdingPriority = holdingPriority;
        b.metric = metric;
        b.objective = objective;
        b.bounds.addAll(bounds);
        b.maxHops = maxHops;
        b.affinity = affinity;
        b.includeRoute.addAll(includeRoute);
        b.exclusions.addAll(exclusions);
        b.failBit = failBit;
        b.existing = existing;
        b.diversity = diversity;
        b.pathCount = pathCount;
        return b;
    }

    /** Defaults: no bandwidth, priorities 7/7, minimise the TE metric, no constraints, one path. */
    public static final class Builder {
        private final String source;
        private final String destination;
        private double bandwidth;
        private int setupPriority = 7;
        private int holdingPriority = 7;
        private MetricKind metric = MetricKind.TE;
        private Objective objective = Objective.MIN_METRIC;
        private final List<Bound> bounds = new ArrayList<>();
        private int maxHops;
        private Affinity affinity = Affinity.NONE;
        private final List<RouteHop> includeRoute = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private boolean failBit;
        private ExistingReservation existing;
        private Diversity diversity;
        private int pathCount = 1;

        private Builder(String source, String destination) {
            this.source = source;
            this.destination = destination;
        }

        public Builder bandwidth(double bytesPerSecond) {
            this.bandwidth = bytesPerSecond;
            return this;
        }

        public Builder priorities(int setup, int holding) {
            this.setupPriority = setup;
            this.holdingPriority = holding;
            return this;
        }

        public Builder minimise(MetricKind metric) {
            this.metric = metric;
            return this;
        }

        public Builder objective(Objective objective) {
            this.objective = objective;
            return this;
        }

        /** RFC 5541: sets the objective, and the metric where the function fixes it (MBC: hops). */
        public Builder objectiveFunction(ObjectiveFunction of) {
            this.objective = of.objective();
            if (of.forcedMetric() != null) {
                this.metric = of.forcedMetric();
            }
            if (of == ObjectiveFunction.MCC && diversity != null) {
                diversity = new Diversity(diversity.disjointness(), Diversity.PairObjective.MIN_TOTAL);
            }
            return this;
        }

        public Builder bound(MetricKind metric, long max) {
            bounds.add(new Bound(metric, max));
            return this;
        }

        public Builder maxHops(int maxHops) {
            this.maxHops = maxHops;
            return this;
        }

        public Builder affinity(Affinity affinity) {
            this.affinity = affinity;
            return this;
        }

        public Builder include(RouteHop hop) {
            includeRoute.add(hop);
            return this;
        }

        public Builder exclude(Exclusion exclusion) {
            exclusions.add(exclusion);
            return this;
        }

        public Builder failBit(boolean failBit) {
            this.failBit = failBit;
            return this;
        }

        public Builder existing(ExistingReservation existing) {
            this.existing = existing;
            return this;
        }

        public Builder disjoint(Diversity.Disjointness kind, Diversity.PairObjective objective) {
            this.diversity = new Diversity(kind, objective);
            return this;
        }

        public Builder diversity(Diversity diversity) {
            this.diversity = diversity;
            return this;
        }

        public Builder paths(int k) {
            this.pathCount = k;
            return this;
        }

        public PathRequest build() {
            return new PathRequest(source, destination, bandwidth, setupPriority, holdingPriority,
                    metric, objective, bounds, maxHops, affinity, includeRoute, exclusions,
                    failBit, existing, diversity, pathCount);
        }
    }
}
