package org.pathwise.compute.constraint;

import org.pathwise.compute.Exclusion;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Objective;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.RouteHop;
import org.pathwise.ted.TeSnapshot;

/**
 * A request compiled against one snapshot: ids resolved to indices, the link filter loaded,
 * bounds as an array by metric, the include route as parallel arrays. Mutable and reused per
 * thread, so compiling allocates nothing once warm. {@code parts} selects which constraint
 * families are loaded, which lets the facade diagnose a failure family by family.
 */
public final class Query {
    public static final int EXCLUSIONS = 1;
    public static final int PREFERRED_EXCLUSIONS = 2;
    public static final int AFFINITY = 4;
    public static final int BANDWIDTH = 8;
    public static final int INCLUDE_ROUTE = 16;
    public static final int BOUNDS = 32;
    public static final int ALL = 63;

    public static final long UNBOUNDED = Long.MAX_VALUE;
    private static final MetricKind[] METRICS = MetricKind.values();

    public final LinkFilter filter = new LinkFilter();
    private TeSnapshot snapshot;
    private int source;
    private int destination;
    private MetricKind metric;
    private Objective objective;
    private final long[] bound = new long[METRICS.length];
    private final int[] boundedDims = new int[METRICS.length];
    private int boundedCount;
    private int[] hopTarget = new int[4];
    private boolean[] hopIsLink = new boolean[4];
    private boolean[] hopStrict = new boolean[4];
    private int hopCount;
    private int parts;
    private long generation;

    /**
     * Compiles {@code request} for {@code snapshot} with the constraint families in {@code parts}.
     * Returns null when ready, or the NoPath that makes computing pointless (unknown endpoints...).
     */
    public NoPath prepare(TeSnapshot snapshot, PathRequest request, int parts) {
        this.snapshot = snapshot;
        this.parts = parts;
        generation++;
        filter.reset(snapshot);
        metric = request.metric();
        objective = request.objective();
        source = snapshot.nodeIndex(request.source());
        destination = snapshot.nodeIndex(request.destination());
        if (source < 0) {
            return NoPath.of(NoPathReason.SOURCE_UNKNOWN, "source node '" + request.source() + "' is not in the TED");
        }
        if (destination < 0) {
            return NoPath.of(NoPathReason.DESTINATION_UNKNOWN,
                    "destination node '" + request.destination() + "' is not in the TED");
        }
        if (source == destination) {
            return NoPath.of(NoPathReason.SAME_ENDPOINTS, "source and destination are both '" + request.source() + "'");
        }
        filter.bandwidth((parts & BANDWIDTH) != 0 ? request.bandwidth() : 0, request.setupPriority());
        if ((parts & AFFINITY) != 0) {
            filter.affinity(request.affinity());
        }
        if (request.existing() != null) {
            for (String id : request.existing().links()) {
                int l = snapshot.linkIndex(id);
                if (l >= 0) {
                    filter.credit(l, request.existing().bandwidth());
                }
            }
        }
        if ((parts & (EXCLUSIONS | PREFERRED_EXCLUSIONS)) != 0) {
            NoPath excluded = loadExclusions(request, parts);
            if (excluded != null) {
                return excluded;
            }
        }
        boundedCount = 0;
        for (MetricKind k : METRICS) {
            long b = (parts & BOUNDS) != 0 ? request.effectiveBound(k) : UNBOUNDED;
            bound[k.ordinal()] = b;
            if (b != UNBOUNDED) {
                boundedDims[boundedCount++] = k.ordinal();
            }
        }
        hopCount = 0;
        if ((parts & INCLUDE_ROUTE) != 0) {
            return loadIncludeRoute(request);
        }
        return null;
    }

    private NoPath loadExclusions(PathRequest request, int parts) {
        for (Exclusion x : request.exclusions()) {
            boolean wanted = x.mandatory() ? (parts & EXCLUSIONS) != 0 : (parts & PREFERRED_EXCLUSIONS) != 0;
            if (!wanted) {
                continue;
            }
            switch (x.kind()) {
                case NODE -> {
                    int n = snapshot.nodeIndex(x.id());
                    if (n == source || n == destination) {
                        return NoPath.of(NoPathReason.ENDPOINT_EXCLUDED, "node '" + x.id() + "' is an endpoint and excluded");
                    }
                    if (n >= 0) {
                        filter.excludeNode(n);
                    }
                }
                case LINK -> {
                    int l = snapshot.linkIndex(x.id());
                    if (l >= 0) {
                        filter.excludeLink(l);
                    }
                }
                case SRLG -> filter.excludeSrlg(x.srlg());
            }
        }
        return null;
    }

    private NoPath loadIncludeRoute(PathRequest request) {
        int size = request.includeRoute().size();
        if (hopTarget.length < size) {
            hopTarget = new int[size];
            hopIsLink = new boolean[size];
            hopStrict = new boolean[size];
        }
        for (RouteHop hop : request.includeRoute()) {
            boolean isLink = hop.kind() == RouteHop.Kind.LINK;
            int target = isLink ? snapshot.linkIndex(hop.id()) : snapshot.nodeIndex(hop.id());
            if (target < 0) {
                return NoPath.of(NoPathReason.INCLUDE_ROUTE_UNKNOWN_HOP,
                        "include-route " + (isLink ? "link" : "node") + " '" + hop.id() + "' is not in the TED");
            }
            hopTarget[hopCount] = target;
            hopIsLink[hopCount] = isLink;
            hopStrict[hopCount] = !hop.loose();
            hopCount++;
        }
        return null;
    }

    /** Replaces the objective (shortest-widest's second phase searches on the metric alone). */
    public void objective(Objective objective) {
        this.objective = objective;
    }

    public TeSnapshot snapshot() {
        return snapshot;
    }

    public int source() {
        return source;
    }

    public int destination() {
        return destination;
    }

    public MetricKind metric() {
        return metric;
    }

    public Objective objective() {
        return objective;
    }

    public int parts() {
        return parts;
    }

    /** Changes every time prepare() runs: caches keyed on it (lower bounds) know they are stale. */
    public long generation() {
        return generation;
    }

    public long bound(MetricKind k) {
        return bound[k.ordinal()];
    }

    public long bound(int metricOrdinal) {
        return bound[metricOrdinal];
    }

    public boolean bounded() {
        return boundedCount > 0;
    }

    public int boundedCount() {
        return boundedCount;
    }

    /** The metric ordinal of the i-th bounded metric. */
    public int boundedDim(int i) {
        return boundedDims[i];
    }

    public int includeHops() {
        return hopCount;
    }

    public int hopTarget(int i) {
        return hopTarget[i];
    }

    public boolean hopIsLink(int i) {
        return hopIsLink[i];
    }

    public boolean hopStrict(int i) {
        return hopStrict[i];
    }

    /**
     * The include-route automaton: the stage after traversing link {@code l} (arriving at node
     * {@code w}) from stage {@code stage}, or -1 when a strict hop forbids the move. Stage s means
     * hops 0..s-1 are satisfied.
     */
    public int advance(int stage, int l, int w) {
        if (stage < hopCount) {
            boolean hit = hopIsLink[stage] ? hopTarget[stage] == l : hopTarget[stage] == w;
            if (hit) {
                stage++;
            } else if (hopStrict[stage]) {
                return -1;
            } else {
                return stage;
            }
        }
        return arrive(stage, w);
    }

    /** Stage after standing on node w: consecutive node hops naming w are satisfied at once. */
    public int arrive(int stage, int w) {
        while (stage < hopCount && !hopIsLink[stage] && hopTarget[stage] == w) {
            stage++;
        }
        return stage;
    }

    /** The link metric minimised. */
    public long cost(int l) {
        return metric.of(snapshot, l);
    }

    public static long metricOf(TeSnapshot s, int metricOrdinal, int l) {
        return METRICS[metricOrdinal].of(s, l);
    }
}
