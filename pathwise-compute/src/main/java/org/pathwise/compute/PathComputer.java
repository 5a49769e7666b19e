package org.pathwise.compute;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.PathResult.Caveat;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.constraint.WidthMode;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.disjoint.DisjointPairs;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * The entry point: computes a {@link PathRequest} on one immutable {@link TeSnapshot}. Thread-safe
 * and lock-free: each thread gets its own workspace, the snapshot is only read, so any number of
 * threads may compute at once while the TED publishes new snapshots. A warm thread allocates only
 * the result.
 */
public final class PathComputer {

    /**
     * Named limits. {@code maxLabels}: partial paths the exact constrained search may hold before
     * giving up with SEARCH_LIMIT_EXCEEDED (only multi-bound searches on huge graphs approach it).
     * {@code maxDisjointPrimaries}: primaries the exact disjoint-pair enumeration may try.
     */
    public record Limits(int maxLabels, int maxDisjointPrimaries) {
        public static final Limits DEFAULT = new Limits(2_000_000, 1_000);

        public Limits {
            if (maxLabels < 1 || maxDisjointPrimaries < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Internal marker: the search proved there is no path; the diagnosis names why. */
    private static final NoPath NOT_FOUND = NoPath.of(NoPathReason.NO_ROUTE, "not found");

    private final ThreadLocal<Workspace> workspaces;

    public PathComputer() {
        this(Limits.DEFAULT);
    }

    public PathComputer(Limits limits) {
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(limits));
    }

    /** Computes {@code request} on {@code snapshot}: a Found with the path(s) or a typed NoPath. */
    public PathResult compute(TeSnapshot snapshot, PathRequest request) {
        Workspace ws = workspaces.get();
        Query q = ws.query;
        NoPath invalid = q.prepare(snapshot, request, Query.ALL);
        if (invalid != null) {
            return invalid;
        }
        PathResult result = run(ws, request);
        if (result == NOT_FOUND && hasPreferredExclusions(request)) {
            // RFC 5521 §2.1 L bit: preferred exclusions are best effort; retry without them.
            if (q.prepare(snapshot, request, Query.ALL & ~Query.PREFERRED_EXCLUSIONS) == null) {
                result = run(ws, request);
                if (result instanceof Found f) {
                    return withCaveat(f, Caveat.PREFERRED_EXCLUSION_IGNORED);
                }
            }
        }
        if (result == NOT_FOUND) {
            return Diagnosis.explain(ws, snapshot, request);
        }
        return result;
    }

    private PathResult run(Workspace ws, PathRequest request) {
        if (request.diversity() != null) {
            return pair(ws, request);
        }
        if (request.pathCount() > 1) {
            return kShortest(ws, request.pathCount());
        }
        return single(ws);
    }

    private PathResult single(Workspace ws) {
        Query q = ws.query;
        int r = switch (q.objective()) {
            case MIN_METRIC, WIDEST_SHORTEST -> ws.cspf.shortest(q, ws.path);
            case SHORTEST_WIDEST -> ws.widest.compute(q, WidthMode.RESIDUAL_BANDWIDTH, ws.path);
            case MIN_MAX_LOAD -> ws.widest.compute(q, WidthMode.RESIDUAL_FRACTION, ws.path);
        };
        try {
            if (r == Cspf.LIMIT) {
                return labelLimit();
            }
            if (r == Cspf.NONE) {
                return NOT_FOUND;
            }
            if (q.includeHops() > 0 && repeatsNode(ws, ws.path)) {
                // The width threshold of a bandwidth objective is still set, so the fallback keeps it.
                if (!ws.includeFallback.route(q, ws.path)) {
                    return new NoPath(NoPathReason.INCLUDE_ROUTE_UNREACHABLE,
                            "the cheapest route through the include-route hops repeats a node, and no loop-free "
                                    + "route was found segment by segment", Set.of(ConstraintKind.INCLUDE_ROUTE));
                }
                return new Found(List.of(Path.build(q, q.source(), ws.path)),
                        Set.of(Caveat.INCLUDE_ROUTE_NOT_PROVEN_OPTIMAL), PathResult.Sharing.NONE);
            }
            return Found.of(Path.build(q, q.source(), ws.path));
        } finally {
            q.filter.clearMinWidth();
        }
    }

    private PathResult kShortest(Workspace ws, int k) {
        Query q = ws.query;
        ws.yen.start(q);
        List<Path> paths = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int id = ws.yen.next();
            if (id < 0) {
                break;
            }
            ws.yen.copyTo(id, ws.path);
            paths.add(Path.build(q, q.source(), ws.path));
        }
        if (paths.isEmpty()) {
            return ws.yen.limitHit() ? labelLimit() : NOT_FOUND;
        }
        Set<Caveat> caveats = paths.size() < k ? Set.of(Caveat.FEWER_PATHS_THAN_REQUESTED) : Set.of();
        return new Found(paths, caveats, PathResult.Sharing.NONE);
    }

    private PathResult pair(Workspace ws, PathRequest request) {
        Query q = ws.query;
        if (!request.includeRoute().isEmpty()) {
            return new NoPath(NoPathReason.UNSUPPORTED_COMBINATION,
                    "a disjoint pair with an include route is not supported; request each path separately",
                    Set.of(ConstraintKind.DIVERSITY, ConstraintKind.INCLUDE_ROUTE));
        }
        Diversity d = request.diversity();
        int outcome = ws.disjoint.compute(q, d.disjointness(), d.objective(), ws.path, ws.second);
        if (outcome == DisjointPairs.NONE) {
            return NOT_FOUND;
        }
        if (outcome == DisjointPairs.LABEL_LIMIT) {
            return labelLimit();
        }
        Path primary = Path.build(q, q.source(), ws.path);
        Path secondary = Path.build(q, q.source(), ws.second);
        // Immutable sets straight away: Found copies any other set through a HashSet.
        Set<Caveat> caveats = switch (outcome) {
            case DisjointPairs.SHARED -> Set.of(Caveat.NOT_FULLY_DISJOINT);
            case DisjointPairs.SHARED_LIMITED -> Set.of(Caveat.NOT_FULLY_DISJOINT, Caveat.DISJOINT_SEARCH_LIMITED);
            case DisjointPairs.DISJOINT_LIMITED -> Set.of(Caveat.DISJOINT_SEARCH_LIMITED);
            default -> Set.of();
        };
        PathResult.Sharing sharing = Sharing.between(q.snapshot(), primary, secondary);
        return new Found(List.of(primary, secondary), caveats, sharing);
    }

    private static boolean repeatsNode(Workspace ws, PathBuffer path) {
        Query q = ws.query;
        TeSnapshot s = q.snapshot();
        Marks seen = ws.seenNodes;
        seen.clear(s.nodeCount());
        seen.add(q.source());
        for (int i = 0; i < path.length(); i++) {
            int v = s.dst(path.get(i));
            if (seen.contains(v)) {
                return true;
            }
            seen.add(v);
        }
        return false;
    }

    private static boolean hasPreferredExclusions(PathRequest request) {
        for (Exclusion x : request.exclusions()) {
            if (!x.mandatory()) {
                return true;
            }
        }
        return false;
    }

    private static Found withCaveat(Found f, Caveat caveat) {
        EnumSet<Caveat> caveats = EnumSet.of(caveat);
        caveats.addAll(f.caveats());
        return new Found(f.paths(), caveats, f.sharing());
    }

    private static NoPath labelLimit() {
        return NoPath.of(NoPathReason.SEARCH_LIMIT_EXCEEDED,
                "the exact constrained search reached its label limit before finishing; "
                        + "raise PathComputer.Limits.maxLabels or loosen the bounds");
    }
}
