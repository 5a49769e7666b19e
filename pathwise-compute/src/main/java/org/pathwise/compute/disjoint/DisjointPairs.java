package org.pathwise.compute.disjoint;

import org.pathwise.compute.Diversity.Disjointness;
import org.pathwise.compute.Diversity.PairObjective;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.ksp.YenKShortest;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * Disjoint pairs. Suurballe first: it proves whether a link- (node-) disjoint pair exists and, for
 * minimum total cost without bounds, is the answer. Everything else is an exact enumeration:
 * primaries in increasing cost (Yen, under the full constraints), each with its cheapest partner
 * that avoids the primary's links (and reverse links), transit nodes or SRLGs. For minimum total
 * the walk stops once a primary costs at least half the best total found (no cheaper pair can
 * follow); for minimum primary at the first primary that has a partner. SRLG-disjointness is
 * NP-hard in general, so the walk has a configurable primary limit; hitting it is reported.
 */
public final class DisjointPairs {
    /** Outcomes. */
    public static final int DISJOINT = 0;
    public static final int DISJOINT_LIMITED = 1;
    public static final int SHARED = 2;
    public static final int SHARED_LIMITED = 3;
    public static final int NONE = 4;
    public static final int LABEL_LIMIT = 5;

    private static final int FOUND = 0;
    private static final int FOUND_LIMITED = 1;
    private static final int EXHAUSTED = 2;
    private static final int LIMITED = 3;
    private static final int SUURBALLE_PRIMARY = 4;

    private final Cspf cspf;
    private final YenKShortest yen;
    private final Suurballe suurballe = new Suurballe();
    private final PathBuffer a = new PathBuffer();
    private final PathBuffer b = new PathBuffer();
    private final PathBuffer candidate = new PathBuffer();
    private final PathBuffer partner = new PathBuffer();
    private final int maxPrimaries;
    private int shares;

    public DisjointPairs(Cspf cspf, YenKShortest yen, int maxPrimaries) {
        this.cspf = cspf;
        this.yen = yen;
        this.maxPrimaries = maxPrimaries;
    }

    /** Computes the pair into primary/secondary; returns one of the outcome constants. */
    public int compute(Query q, Disjointness kind, PairObjective objective, PathBuffer primary, PathBuffer secondary) {
        TeSnapshot s = q.snapshot();
        shares = suurballe.pair(q, kind == Disjointness.NODE, a, b);
        if (shares < 0) {
            return NONE;
        }
        if (cost(q, b) < cost(q, a)) {
            swap();
        }
        boolean boundsOk = withinBounds(q, a) && withinBounds(q, b);
        if (shares > 0) {
            return boundsOk ? copyPair(primary, secondary, SHARED) : NONE;
        }
        boolean srlgOk = kind != Disjointness.SRLG || srlgDisjoint(s, a, b);
        if (objective == PairObjective.MIN_TOTAL && boundsOk && srlgOk) {
            return copyPair(primary, secondary, DISJOINT);
        }
        long primaryCap = boundsOk && srlgOk ? cost(q, a) : Long.MAX_VALUE;
        int r = enumerate(q, kind, objective, primaryCap, primary, secondary);
        if (yen.limitHit() && r != FOUND) {
            return LABEL_LIMIT;
        }
        return switch (r) {
            case FOUND -> DISJOINT;
            case FOUND_LIMITED -> DISJOINT_LIMITED;
            case SUURBALLE_PRIMARY -> copyPair(primary, secondary, DISJOINT);
            case EXHAUSTED -> boundsOk ? copyPair(primary, secondary, SHARED) : NONE;
            default -> boundsOk ? copyPair(primary, secondary, srlgOk ? DISJOINT_LIMITED : SHARED_LIMITED) : NONE;
        };
    }

    private int enumerate(Query q, Disjointness kind, PairObjective objective, long primaryCap,
                          PathBuffer primary, PathBuffer secondary) {
        LinkFilter filter = q.filter;
        boolean minPrimary = objective == PairObjective.MIN_PRIMARY;
        yen.start(q);
        long bestTotal = Long.MAX_VALUE;
        long bestPrimary = Long.MAX_VALUE;
        boolean found = false;
        for (int count = 0; count < maxPrimaries; count++) {
            int id = yen.next();
            if (id < 0) {
                return found ? FOUND : EXHAUSTED;
            }
            long primaryCost = yen.cost(id);
            if (found && !minPrimary && 2 * primaryCost >= bestTotal) {
                return FOUND;
            }
            if (found && minPrimary && primaryCost > bestPrimary) {
                return FOUND;
            }
            if (!found && minPrimary && primaryCost > primaryCap) {
                // Suurballe's cheaper path already has a partner and costs less: it is the answer.
                return SUURBALLE_PRIMARY;
            }
            yen.copyTo(id, candidate);
            banFor(q, kind, candidate);
            int r = cspf.shortest(q, partner);
            filter.clearBans();
            if (r != Cspf.FOUND) {
                continue;
            }
            // Minimum primary is lexicographic (primary, secondary): equal-cost primaries compete on
            // their partners, which minimising the total among them does.
            long total = primaryCost + cost(q, partner);
            if (total < bestTotal) {
                bestTotal = total;
                bestPrimary = primaryCost;
                found = true;
                primary.clear();
                primary.addAll(candidate);
                secondary.clear();
                secondary.addAll(partner);
            }
        }
        return found ? FOUND_LIMITED : LIMITED;
    }

    private static void banFor(Query q, Disjointness kind, PathBuffer path) {
        TeSnapshot s = q.snapshot();
        LinkFilter filter = q.filter;
        filter.clearBans();
        for (int i = 0; i < path.length(); i++) {
            int l = path.get(i);
            filter.banLink(l);
            int r = s.reverse(l);
            if (r >= 0) {
                filter.banLink(r);
            }
            if (kind == Disjointness.NODE && i > 0) {
                filter.banNode(s.src(l));
            }
            if (kind == Disjointness.SRLG) {
                for (int g = 0, n = s.srlgCount(l); g < n; g++) {
                    filter.banSrlg(s.srlg(l, g));
                }
            }
        }
    }

    private static boolean srlgDisjoint(TeSnapshot s, PathBuffer x, PathBuffer y) {
        for (int i = 0; i < x.length(); i++) {
            int lx = x.get(i);
            for (int gi = 0; gi < s.srlgCount(lx); gi++) {
                int g = s.srlg(lx, gi);
                for (int j = 0; j < y.length(); j++) {
                    int ly = y.get(j);
                    for (int gj = 0; gj < s.srlgCount(ly); gj++) {
                        if (s.srlg(ly, gj) == g) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static boolean withinBounds(Query q, PathBuffer p) {
        if (!q.bounded()) {
            return true;
        }
        TeSnapshot s = q.snapshot();
        for (int bi = 0; bi < q.boundedCount(); bi++) {
            int dim = q.boundedDim(bi);
            long sum = 0;
            for (int i = 0; i < p.length(); i++) {
                sum += Query.metricOf(s, dim, p.get(i));
            }
            if (sum > q.bound(dim)) {
                return false;
            }
        }
        return true;
    }

    private static long cost(Query q, PathBuffer p) {
        long c = 0;
        for (int i = 0; i < p.length(); i++) {
            c += q.cost(p.get(i));
        }
        return c;
    }

    private void swap() {
        candidate.clear();
        candidate.addAll(a);
        a.clear();
        a.addAll(b);
        b.clear();
        b.addAll(candidate);
    }

    private int copyPair(PathBuffer primary, PathBuffer secondary, int outcome) {
        primary.clear();
        primary.addAll(a);
        secondary.clear();
        secondary.addAll(b);
        return outcome;
    }

    /** Elements shared by Suurballe's pair in the last computation (0 when fully disjoint). */
    public int lastShares() {
        return shares;
    }
}
