package org.pathwise.compute.loadbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;

/**
 * Load balancing (RFC 5440 §7.16): the demand B over at most N paths, each reserving at least m,
 * under per-link unreserved bandwidth at the setup priority and every other constraint of the
 * request, preferring the fewest paths, then the lowest bandwidth-weighted cost.
 *
 * <p>The algorithm, for k = 1, 2, ... up to min(N, floor(B / m)) (more than B / m paths cannot each
 * carry m), stopping at the first k with a split:
 * <ol>
 *   <li>k = 1: the core's exact CSPF for B. If it finds a path, no single path can be cheaper.</li>
 *   <li>k ≥ 2, three constructions, each a sequence of the core's constrained searches on the
 *       residual left by the earlier paths of the split, and the cheapest that succeeds wins:
 *     <ul>
 *       <li>equal split: k cheapest paths of B/k each;</li>
 *       <li>cheapest fill: the cheapest path with m left, loaded as much as the slots still to
 *           come allow (its bottleneck, but leaving m per remaining slot); the last path carries
 *           the rest;</li>
 *       <li>widest fill: the same with the widest path (shortest-widest) instead of the cheapest.</li>
 *     </ul></li>
 * </ol>
 * Splitting a flow over at most k paths is NP-hard in general (k-splittable flows, Baier, Köhler and
 * Skutella 2005), so for k ≥ 2 this is a heuristic: it may use more paths, or a costlier split, than
 * the optimum. Before any k ≥ 2 is tried, a maximum flow over the links with at least m left (a
 * relaxation without the path-count limit and bounds) below B proves that no split exists ("at most
 * F can flow"); when it does not, a failure of every k is reported as the heuristic's, not as a
 * proof. Thread-safe; a warm thread allocates only the result.
 */
public final class LoadBalancer {
    private static final double SLACK = 1e-9;

    private final PathComputer diagnosis;
    private final ThreadLocal<SplitSearch> scratch;

    public LoadBalancer() {
        this(PathComputer.Limits.DEFAULT);
    }

    public LoadBalancer(PathComputer.Limits limits) {
        this.diagnosis = new PathComputer(limits);
        this.scratch = ThreadLocal.withInitial(() -> new SplitSearch(limits.maxLabels()));
    }

    public LoadBalanceResult compute(TeSnapshot snapshot, LoadBalanceRequest request) {
        PathRequest pr = request.path();
        double demand = pr.bandwidth();
        double min = request.minBandwidth();
        if (pr.diversity() != null || pr.pathCount() != 1) {
            return failed(NoPathReason.UNSUPPORTED_COMBINATION,
                    "load balancing splits one demand; it does not combine with a disjoint pair or k paths");
        }
        if (!(demand > 0)) {
            return failed(NoPathReason.UNSUPPORTED_COMBINATION, "load balancing needs a bandwidth to split (got 0)");
        }
        if (min > demand) {
            return failed(NoPathReason.UNSUPPORTED_COMBINATION, "the minimum bandwidth per path (" + rate(min)
                    + ") exceeds the total to split (" + rate(demand) + ")");
        }
        SplitSearch w = scratch.get();
        NoPath invalid = w.start(snapshot, pr, request.maxPaths());
        if (invalid != null) {
            return new LoadBalanceResult.Failed(invalid);
        }
        int maxK = min > 0 ? (int) Math.min(request.maxPaths(), Math.floor(demand / min * (1 + SLACK))) : request.maxPaths();
        boolean limitHit = equalSplit(w, demand, 1) == SplitSearch.LIMIT;
        if (w.hasBest()) {
            return split(w, snapshot);
        }
        // No single path: prove infeasibility cheaply before trying splits (each failed try is a full search).
        LoadBalanceResult proof = flowProof(w, snapshot, request);
        if (proof != null) {
            return proof;
        }
        for (int k = 2; k <= maxK && !w.hasBest(); k++) {
            limitHit |= equalSplit(w, demand, k) == SplitSearch.LIMIT;
            limitHit |= fill(w, demand, min, k, false) == SplitSearch.LIMIT;
            limitHit |= fill(w, demand, min, k, true) == SplitSearch.LIMIT;
        }
        if (w.hasBest()) {
            return split(w, snapshot);
        }
        if (limitHit) {
            return failed(NoPathReason.SEARCH_LIMIT_EXCEEDED,
                    "the constrained search reached its label limit; raise PathComputer.Limits.maxLabels");
        }
        return new LoadBalanceResult.Failed(new NoPath(NoPathReason.BANDWIDTH_UNAVAILABLE,
                "no split of " + rate(demand) + " into at most " + maxK + " paths of at least " + rate(min)
                        + " was found (at most " + request.maxPaths() + " requested); the links could carry "
                        + "it as an unrestricted flow, so a split this heuristic misses may exist, or the "
                        + "path-count, minimum-bandwidth or bound constraints rule it out",
                Set.of(ConstraintKind.BANDWIDTH)));
    }

    private static int equalSplit(SplitSearch w, double demand, int k) {
        w.resetAttempt();
        double share = demand / k;
        for (int i = 0; i < k; i++) {
            PathBuffer slot = w.nextSlot();
            int r = w.cheapest(share, slot);
            if (r != SplitSearch.FOUND) {
                return r;
            }
            w.place(share);
        }
        w.offerAttempt();
        return SplitSearch.FOUND;
    }

    /** Cheapest (or widest) fill: each path as loaded as the remaining slots allow, the last takes the rest. */
    private static int fill(SplitSearch w, double demand, double min, int k, boolean widest) {
        w.resetAttempt();
        double left = demand;
        double floor = Math.max(min, Double.MIN_NORMAL);
        for (int i = 0; i < k; i++) {
            PathBuffer slot = w.nextSlot();
            int slotsAfter = k - 1 - i;
            if (slotsAfter == 0 || left <= floor * (1 + SLACK)) {
                int r = w.cheapest(left, slot);
                if (r != SplitSearch.FOUND) {
                    return r;
                }
                w.place(left);
                w.offerAttempt();
                return SplitSearch.FOUND;
            }
            int r = widest ? w.widestAbove(floor, slot) : w.cheapest(floor, slot);
            if (r != SplitSearch.FOUND) {
                return r;
            }
            double amount = Math.min(w.bottleneck(slot), left - min * slotsAfter);
            if (amount < floor) {
                return SplitSearch.FAILED;
            }
            w.place(amount);
            left -= amount;
        }
        return SplitSearch.FAILED;
    }

    private static LoadBalanceResult split(SplitSearch w, TeSnapshot snapshot) {
        // Built on the request without any share placed: minUnreserved is the link state before the split.
        Query q = w.query;
        w.resetAttempt();
        w.load(0);
        List<LoadBalanceResult.Share> shares = new ArrayList<>(w.bestCount());
        for (int i = 0; i < w.bestCount(); i++) {
            shares.add(new LoadBalanceResult.Share(Path.build(q, q.source(), w.bestPath(i)), w.bestAmount(i)));
        }
        return new LoadBalanceResult.Split(shares);
    }

    /**
     * The maximum flow over links with at least m left: below the demand it proves no split exists
     * (or, with no route at all, the core's diagnosis says why). Null when the flow would fit.
     */
    private LoadBalanceResult flowProof(SplitSearch w, TeSnapshot snapshot, LoadBalanceRequest request) {
        PathRequest pr = request.path();
        double demand = pr.bandwidth();
        double min = request.minBandwidth();
        w.resetAttempt();
        w.load(Math.max(min, Double.MIN_NORMAL));
        double flow = w.maxFlow.compute(w.query, demand);
        if (flow >= demand * (1 - SLACK)) {
            return null;
        }
        PathResult single = diagnosis.compute(snapshot, pr.toBuilder().bandwidth(min).build());
        if (single instanceof NoPath noPath && noPath.reason() != NoPathReason.BANDWIDTH_UNAVAILABLE) {
            return new LoadBalanceResult.Failed(noPath); // no route at all: exclusions, affinities...
        }
        return new LoadBalanceResult.Failed(new NoPath(NoPathReason.BANDWIDTH_UNAVAILABLE,
                "at most " + rate(flow) + " can flow from " + pr.source() + " to " + pr.destination()
                        + " over links with at least " + rate(min) + " unreserved at priority "
                        + pr.setupPriority() + " (maximum flow), less than the " + rate(demand) + " requested",
                Set.of(ConstraintKind.BANDWIDTH)));
    }

    /** A rate as operators write it: bits per second with a decimal prefix (10G = 1.25e9 bytes/s). */
    private static String rate(double bytesPerSecond) {
        return Bandwidth.format(bytesPerSecond) + "bit/s";
    }

    private static LoadBalanceResult failed(NoPathReason reason, String detail) {
        return new LoadBalanceResult.Failed(NoPath.of(reason, detail));
    }
}
