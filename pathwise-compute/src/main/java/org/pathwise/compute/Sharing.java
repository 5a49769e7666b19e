package org.pathwise.compute;

import org.pathwise.ted.TeSnapshot;

/**
 * Counts what two paths share: links (a link or its reverse), transit nodes and distinct SRLGs.
 * Paths are tens of hops, so pairwise scans beat hashing and allocate nothing.
 */
final class Sharing {
    private Sharing() {
    }

    static PathResult.Sharing between(TeSnapshot s, Path a, Path b) {
        int la = a.hopCount();
        int lb = b.hopCount();
        int links = 0;
        int srlgs = 0;
        for (int j = 0; j < lb; j++) {
            int l = b.link(j);
            int r = s.reverse(l);
            for (int i = 0; i < la; i++) {
                int k = a.link(i);
                if (k == l || (r >= 0 && k == r)) {
                    links++;
                    break;
                }
            }
            for (int g = 0, n = s.srlgCount(l); g < n; g++) {
                int srlg = s.srlg(l, g);
                if (onPath(s, a, srlg) && !seenBefore(s, b, j, g, srlg)) {
                    srlgs++;
                }
            }
        }
        int nodes = 0;
        for (int j = 1; j < lb; j++) {
            int v = b.node(j);
            for (int i = 1; i < la; i++) {
                if (a.node(i) == v) {
                    nodes++;
                    break;
                }
            }
        }
        return new PathResult.Sharing(links, nodes, srlgs);
    }

    private static boolean onPath(TeSnapshot s, Path p, int srlg) {
        for (int i = 0; i < p.hopCount(); i++) {
            int l = p.link(i);
            for (int g = 0, n = s.srlgCount(l); g < n; g++) {
                if (s.srlg(l, g) == srlg) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if {@code srlg} already appeared on b before link j's g-th SRLG (count each once). */
    private static boolean seenBefore(TeSnapshot s, Path b, int j, int g, int srlg) {
        for (int jj = 0; jj <= j; jj++) {
            int l = b.link(jj);
            int end = jj == j ? g : s.srlgCount(l);
            for (int gg = 0; gg < end; gg++) {
                if (s.srlg(l, gg) == srlg) {
                    return true;
                }
            }
        }
        return false;
    }
}
