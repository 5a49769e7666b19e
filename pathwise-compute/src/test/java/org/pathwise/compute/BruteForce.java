package org.pathwise.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathwise.ted.TeSnapshot;

/**
 * The test's independent reading of every constraint, applied to all simple paths enumerated by
 * depth-first search: the oracle for exactness on small graphs. Shares no code with the engine.
 */
final class BruteForce {
    private final TeSnapshot s;
    private final PathRequest req;

    BruteForce(TeSnapshot s, PathRequest req) {
        this.s = s;
        this.req = req;
    }

    /** All simple paths source→destination as link arrays. */
    List<int[]> allSimplePaths() {
        List<int[]> out = new ArrayList<>();
        int src = s.nodeIndex(req.source());
        int dst = s.nodeIndex(req.destination());
        boolean[] onPath = new boolean[s.nodeCount()];
        onPath[src] = true;
        dfs(src, dst, onPath, new ArrayList<>(), out);
        return out;
    }

    private void dfs(int u, int dst, boolean[] onPath, List<Integer> links, List<int[]> out) {
        if (u == dst) {
            out.add(links.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        for (int i = s.outStart(u); i < s.outStart(u + 1); i++) {
            int l = s.outLink(i);
            int v = s.dst(l);
            if (!onPath[v]) {
                onPath[v] = true;
                links.add(l);
                dfs(v, dst, onPath, links, out);
                links.remove(links.size() - 1);
                onPath[v] = false;
            }
        }
    }

    double credit(int l) {
        ExistingReservation e = req.existing();
        return e != null && e.links().contains(s.link(l).id()) ? e.bandwidth() : 0;
    }

    double residual(int l) {
        return s.unreservedBandwidth(l, req.setupPriority()) + credit(l);
    }

    boolean feasible(int[] path, boolean withPreferred) {
        int src = s.nodeIndex(req.source());
        List<Integer> nodes = new ArrayList<>();
        nodes.add(src);
        for (int l : path) {
            nodes.add(s.dst(l));
        }
        for (int l : path) {
            if (req.bandwidth() > 0 && residual(l) < req.bandwidth()) {
                return false;
            }
            if (!affinityOk(l)) {
                return false;
            }
        }
        for (Exclusion x : req.exclusions()) {
            if (!x.mandatory() && !withPreferred) {
                continue;
            }
            switch (x.kind()) {
                case NODE -> {
                    if (nodes.contains(s.nodeIndex(x.id()))) {
                        return false;
                    }
                }
                case LINK -> {
                    for (int l : path) {
                        if (s.link(l).id().equals(x.id())) {
                            return false;
                        }
                    }
                }
                case SRLG -> {
                    for (int l : path) {
                        for (int g : s.link(l).srlgs()) {
                            if (g == x.srlg()) {
                                return false;
                            }
                        }
                    }
                }
            }
        }
        for (MetricKind k : MetricKind.values()) {
            if (metric(path, k) > req.effectiveBound(k)) {
                return false;
            }
        }
        return includeRouteOk(path, nodes);
    }

    private boolean affinityOk(int l) {
        Affinity a = req.affinity();
        int g = s.adminGroup(l);
        if ((g & a.excludeAny()) != 0) {
            return false;
        }
        if (a.includeAny() != 0 && (g & a.includeAny()) == 0) {
            return false;
        }
        if ((g & a.includeAll()) != a.includeAll()) {
            return false;
        }
        long[] eag = s.link(l).extendedAdminGroup();
        if (intersects(eag, a.extendedExcludeAny())) {
            return false;
        }
        if (!isZero(a.extendedIncludeAny()) && !intersects(eag, a.extendedIncludeAny())) {
            return false;
        }
        long[] all = a.extendedIncludeAll();
        for (int w = 0; w < all.length; w++) {
            long have = w < eag.length ? eag[w] : 0;
            if ((have & all[w]) != all[w]) {
                return false;
            }
        }
        return true;
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Include route on a simple path: hop i is matched at a position not before the previous
     * hop's end; a strict node hop must be that end node or the next one, a strict link hop must
     * start at that end node.
     */
    private boolean includeRouteOk(int[] path, List<Integer> nodes) {
        int end = 0;
        for (RouteHop hop : req.includeRoute()) {
            if (hop.kind() == RouteHop.Kind.NODE) {
                int j = nodes.indexOf(s.nodeIndex(hop.id()));
                if (j < end || (!hop.loose() && j > end + 1)) {
                    return false;
                }
                end = j;
            } else {
                int l = s.linkIndex(hop.id());
                int j = -1;
                for (int i = 0; i < path.length; i++) {
                    if (path[i] == l) {
                        j = i;
                    }
                }
                if (j < end || (!hop.loose() && j != end)) {
                    return false;
                }
                end = j + 1;
            }
        }
        return true;
    }

    long metric(int[] path, MetricKind k) {
        long sum = 0;
        for (int l : path) {
            sum += k.of(s, l);
        }
        return sum;
    }

    double bottleneck(int[] path, boolean fraction) {
        double w = Double.POSITIVE_INFINITY;
        for (int l : path) {
            double r = residual(l);
            if (fraction) {
                double max = s.maxReservableBandwidth(l);
                r = max > 0 ? (r - req.bandwidth()) / max : 0;
            }
            w = Math.min(w, Math.max(0, r));
        }
        return w;
    }

    /** Link sets: the path's links and their reverses. */
    Set<Integer> adjacency(int[] path) {
        Set<Integer> set = new HashSet<>();
        for (int l : path) {
            set.add(l);
            if (s.reverse(l) >= 0) {
                set.add(s.reverse(l));
            }
        }
        return set;
    }

    boolean disjoint(int[] a, int[] b, Diversity.Disjointness kind) {
        Set<Integer> adjA = adjacency(a);
        for (int l : b) {
            if (adjA.contains(l)) {
                return false;
            }
        }
        if (kind == Diversity.Disjointness.NODE) {
            Set<Integer> transit = new HashSet<>();
            for (int i = 0; i < a.length - 1; i++) {
                transit.add(s.dst(a[i]));
            }
            for (int i = 0; i < b.length - 1; i++) {
                if (transit.contains(s.dst(b[i]))) {
                    return false;
                }
            }
        }
        if (kind == Diversity.Disjointness.SRLG) {
            Set<Integer> groups = new HashSet<>();
            for (int l : a) {
                for (int g : s.link(l).srlgs()) {
                    groups.add(g);
                }
            }
            for (int l : b) {
                for (int g : s.link(l).srlgs()) {
                    if (groups.contains(g)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
