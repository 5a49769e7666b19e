package org.pathwise.compute.optical;

import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * Routing and wavelength assignment with wavelength continuity (no converters): a lightpath uses
 * one channel on every link of its route. Exact per channel: for each channel, in the order the
 * policy gives, the core's constrained shortest path (CSPF, with the hop limit and every other
 * constraint of the request) runs on the links where that channel is free; the first channel with
 * a route wins, with that route. So first-fit returns the lowest channel that has any feasible
 * route, and the cheapest route on it; most-used the most used channel that has one; random a
 * uniformly drawn channel among those that have one.
 *
 * <p>Only optical links (with a wavelength map) carry lightpaths. Preferred (XRO L bit) exclusions
 * are honoured as mandatory here. Thread-safe; a warm thread allocates only the result.
 */
public final class WavelengthRouter {
    private final PathComputer diagnosis;
    private final ThreadLocal<Scratch> scratch;

    public WavelengthRouter() {
        this(PathComputer.Limits.DEFAULT);
    }

    public WavelengthRouter(PathComputer.Limits limits) {
        this.diagnosis = new PathComputer(limits);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(limits.maxLabels()));
    }

    public RwaResult compute(TeSnapshot snapshot, RwaRequest request) {
        PathRequest pr = request.path();
        if (pr.diversity() != null || pr.pathCount() != 1) {
            return failed(NoPathReason.UNSUPPORTED_COMBINATION,
                    "a lightpath is one path: request each lightpath of a pair or set separately");
        }
        Scratch w = scratch.get();
        Query q = w.query;
        NoPath invalid = q.prepare(snapshot, pr, Query.ALL);
        if (invalid != null) {
            return new RwaResult.Failed(invalid);
        }
        int channels = w.channelOrder(snapshot, request);
        LinkFilter filter = q.filter;
        boolean limitHit = false;
        for (int i = 0; i < channels; i++) {
            int c = w.order[i];
            filter.clearBans();
            for (int l = 0, m = snapshot.linkCount(); l < m; l++) {
                if (!snapshot.wavelengthAvailable(l, c)) {
                    filter.banLink(l);
                }
            }
            int r = w.cspf.shortest(q, w.path);
            if (r == Cspf.FOUND) {
                filter.clearBans();
                return new RwaResult.Assigned(Path.build(q, q.source(), w.path), c);
            }
            limitHit |= r == Cspf.LIMIT;
        }
        if (limitHit) {
            return failed(NoPathReason.SEARCH_LIMIT_EXCEEDED,
                    "the constrained search reached its label limit on some channel; raise "
                            + "PathComputer.Limits.maxLabels or loosen the bounds");
        }
        return explain(w, snapshot, pr);
    }

    /** Routes without wavelength continuity decide between "no route" and "no continuous wavelength". */
    private RwaResult explain(Scratch w, TeSnapshot snapshot, PathRequest pr) {
        Query q = w.query;
        q.filter.clearBans();
        for (int l = 0, m = snapshot.linkCount(); l < m; l++) {
            if (snapshot.wavelengthCount(l) == 0) {
                q.filter.banLink(l);
            }
        }
        int r = w.cspf.shortest(q, w.path);
        q.filter.clearBans();
        if (r == Cspf.FOUND) {
            return new RwaResult.Failed(new NoPath(NoPathReason.WAVELENGTH_UNAVAILABLE,
                    "optical routes meet every constraint, but none has one channel free on every link "
                            + "(wavelength continuity)", Set.of()));
        }
        PathResult anyRoute = diagnosis.compute(snapshot, pr);
        if (anyRoute instanceof NoPath noPath) {
            return new RwaResult.Failed(noPath);
        }
        return failed(NoPathReason.NO_ROUTE,
                "routes meeting the constraints exist only over links without a wavelength map (not optical)");
    }

    private static RwaResult failed(NoPathReason reason, String detail) {
        Set<ConstraintKind> none = Set.of();
        return new RwaResult.Failed(new NoPath(reason, detail, none));
    }

    /** One thread's query, CSPF and channel bookkeeping; the usage count is cached per snapshot. */
    private static final class Scratch {
        final Query query = new Query();
        final Cspf cspf;
        final PathBuffer path = new PathBuffer();
        int[] order = new int[0];
        int[] usage = new int[0];
        TeSnapshot usageOf;
        int grid;

        Scratch(int maxLabels) {
            cspf = new Cspf(maxLabels);
        }

        /** Fills order[0..grid) with the channels in the policy's order; returns grid. */
        int channelOrder(TeSnapshot s, RwaRequest request) {
            if (usageOf != s) {
                countUsage(s);
            }
            for (int c = 0; c < grid; c++) {
                order[c] = c;
            }
            switch (request.policy()) {
                case FIRST_FIT -> { }
                case RANDOM -> shuffle(request.seed());
                case MOST_USED -> sortByUsage();
            }
            return grid;
        }

        private void countUsage(TeSnapshot s) {
            grid = 0;
            for (int l = 0, m = s.linkCount(); l < m; l++) {
                grid = Math.max(grid, s.wavelengthCount(l));
            }
            if (usage.length < grid) {
                usage = new int[grid];
                order = new int[grid];
            }
            java.util.Arrays.fill(usage, 0, grid, 0);
            for (int l = 0, m = s.linkCount(); l < m; l++) {
                for (int c = 0, n = s.wavelengthCount(l); c < n; c++) {
                    if (!s.wavelengthAvailable(l, c)) {
                        usage[c]++;
                    }
                }
            }
            usageOf = s;
        }

        // Fisher-Yates driven by SplitMix64, so the draw depends on the seed alone and allocates nothing.
        private void shuffle(long seed) {
            long x = seed;
            for (int i = grid - 1; i > 0; i--) {
                x += 0x9E3779B97F4A7C15L;
                long z = x;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z ^= z >>> 31;
                int j = (int) Long.remainderUnsigned(z, i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }

        // Insertion sort by usage descending, channel ascending: grids are small (<= a few hundred).
        private void sortByUsage() {
            for (int i = 1; i < grid; i++) {
                int c = order[i];
                int j = i - 1;
                while (j >= 0 && usage[order[j]] < usage[c]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = c;
            }
        }
    }
}
