package org.pathwise.compute;

import java.util.EnumSet;
import java.util.List;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.ted.TeSnapshot;

/**
 * Explains a proven "no path". Adds the constraint families back one at a time, in the order a
 * network engineer would check them (topology, exclusions, affinities, bandwidth, include route,
 * bounds); the first family that makes the destination unreachable is the reason. Then tests each
 * family alone to list every one that by itself already rules out a path. Runs only on failure.
 */
final class Diagnosis {
    private record Stage(int parts, int alone, NoPathReason reason, ConstraintKind kind, String detail) {
    }

    private static final int MANDATORY = Query.ALL & ~Query.PREFERRED_EXCLUSIONS;

    private static final List<Stage> STAGES = List.of(
            new Stage(0, 0, NoPathReason.NO_ROUTE, null,
                    "the destination is not reachable from the source in this topology"),
            new Stage(Query.EXCLUSIONS, Query.EXCLUSIONS, NoPathReason.EXCLUSIONS_DISCONNECT, ConstraintKind.EXCLUSION,
                    "every route crosses an excluded node, link or SRLG"),
            new Stage(Query.EXCLUSIONS | Query.AFFINITY, Query.AFFINITY, NoPathReason.AFFINITY_UNSATISFIED, ConstraintKind.AFFINITY,
                    "every remaining route crosses a link whose admin groups fail the affinities"),
            new Stage(Query.EXCLUSIONS | Query.AFFINITY | Query.BANDWIDTH, Query.BANDWIDTH, NoPathReason.BANDWIDTH_UNAVAILABLE,
                    ConstraintKind.BANDWIDTH,
                    "every remaining route crosses a link without the requested unreserved bandwidth at "
                            + "the setup priority"),
            new Stage(MANDATORY & ~Query.BOUNDS, Query.INCLUDE_ROUTE, NoPathReason.INCLUDE_ROUTE_UNREACHABLE, ConstraintKind.INCLUDE_ROUTE,
                    "no remaining route visits the include-route hops in order"),
            new Stage(MANDATORY, Query.BOUNDS, NoPathReason.BOUND_EXCEEDED, null,
                    "every remaining route exceeds a metric bound"));

    private Diagnosis() {
    }

    static NoPath explain(Workspace ws, TeSnapshot snapshot, PathRequest request) {
        Query q = ws.query;
        EnumSet<ConstraintKind> unsatisfied = EnumSet.noneOf(ConstraintKind.class);
        Stage failed = null;
        for (Stage stage : STAGES) {
            if (!feasible(ws, snapshot, request, stage.parts())) {
                failed = stage;
                break;
            }
        }
        if (failed == null) {
            // Single paths exist under every constraint: what failed is the pair.
            unsatisfied.add(ConstraintKind.DIVERSITY);
            addBoundKinds(q, unsatisfied);
            return new NoPath(NoPathReason.BOUND_EXCEEDED,
                    "paths exist, but no disjoint pair whose both paths meet every bound", unsatisfied);
        }
        if (failed.kind() != null) {
            unsatisfied.add(failed.kind());
        }
        for (Stage alone : failed.reason() == NoPathReason.NO_ROUTE ? List.<Stage>of() : STAGES) {
            if (alone.kind() != null && !feasible(ws, snapshot, request, alone.alone())) {
                unsatisfied.add(alone.kind());
            }
        }
        NoPathReason reason = failed.reason();
        String detail = failed.detail();
        if (reason == NoPathReason.BOUND_EXCEEDED) {
            q.prepare(snapshot, request, MANDATORY);
            EnumSet<ConstraintKind> bounds = boundsAlone(ws, q);
            if (bounds.isEmpty()) {
                addBoundKinds(q, bounds);
                detail = "every remaining route exceeds at least one bound; no single bound alone is the cause";
            }
            unsatisfied.addAll(bounds);
            if (bounds.equals(EnumSet.of(ConstraintKind.HOP_LIMIT))) {
                reason = NoPathReason.HOP_LIMIT_EXCEEDED;
                detail = "every remaining route has more than " + q.bound(MetricKind.HOPS) + " hops";
            }
        }
        return new NoPath(reason, detail, unsatisfied);
    }

    private static boolean feasible(Workspace ws, TeSnapshot snapshot, PathRequest request, int parts) {
        Query q = ws.query;
        if (q.prepare(snapshot, request, parts) != null) {
            return false;
        }
        q.objective(Objective.MIN_METRIC);
        return ws.cspf.shortest(q, ws.path) != Cspf.NONE;
    }

    /** Bounds that alone (with the filters) rule out every path: lower bound above the bound. */
    private static EnumSet<ConstraintKind> boundsAlone(Workspace ws, Query q) {
        EnumSet<ConstraintKind> kinds = EnumSet.noneOf(ConstraintKind.class);
        for (int b = 0; b < q.boundedCount(); b++) {
            int dim = q.boundedDim(b);
            long lb = ws.cspf.lowerBound(q, dim, q.source());
            if (lb > q.bound(dim)) {
                kinds.add(ConstraintKind.boundOn(MetricKind.values()[dim]));
            }
        }
        return kinds;
    }

    private static void addBoundKinds(Query q, EnumSet<ConstraintKind> into) {
        for (int b = 0; b < q.boundedCount(); b++) {
            into.add(ConstraintKind.boundOn(MetricKind.values()[q.boundedDim(b)]));
        }
    }
}
