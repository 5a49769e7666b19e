package org.pathwise.compute;

import java.util.HashSet;
import java.util.Set;
import org.pathwise.ted.TeSnapshot;

/** Counts what two paths share: links (a link or its reverse), transit nodes and SRLGs. */
final class Sharing {
    private Sharing() {
    }

    static PathResult.Sharing between(TeSnapshot s, Path a, Path b) {
        Set<Integer> linksA = new HashSet<>();
        Set<Integer> srlgsA = new HashSet<>();
        for (int l : a.links()) {
            linksA.add(l);
            for (int i = 0; i < s.srlgCount(l); i++) {
                srlgsA.add(s.srlg(l, i));
            }
        }
        int links = 0;
        Set<Integer> srlgs = new HashSet<>();
        for (int l : b.links()) {
            if (linksA.contains(l) || (s.reverse(l) >= 0 && linksA.contains(s.reverse(l)))) {
                links++;
            }
            for (int i = 0; i < s.srlgCount(l); i++) {
                if (srlgsA.contains(s.srlg(l, i))) {
                    srlgs.add(s.srlg(l, i));
                }
            }
        }
        Set<Integer> transitA = new HashSet<>();
        int[] na = a.nodes();
        for (int i = 1; i < na.length - 1; i++) {
            transitA.add(na[i]);
        }
        int nodes = 0;
        int[] nb = b.nodes();
        for (int i = 1; i < nb.length - 1; i++) {
            if (transitA.contains(nb[i])) {
                nodes++;
            }
        }
        return new PathResult.Sharing(links, nodes, srlgs.size());
    }
}
