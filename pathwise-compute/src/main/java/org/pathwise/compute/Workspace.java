package org.pathwise.compute;

import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.cspf.IncludeRouteFallback;
import org.pathwise.compute.disjoint.DisjointPairs;
import org.pathwise.compute.ksp.YenKShortest;
import org.pathwise.compute.widest.ShortestWidest;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.PathBuffer;

/**
 * One thread's scratch for every algorithm: the compiled query and each engine's arrays, sized
 * to the largest snapshot seen and reused, so a warm thread computes without allocating.
 * Never share one between threads; {@link PathComputer} keeps one per thread.
 */
final class Workspace {
    final Query query = new Query();
    final Cspf cspf;
    final YenKShortest yen;
    final ShortestWidest widest;
    final DisjointPairs disjoint;
    final IncludeRouteFallback includeFallback;
    final PathBuffer path = new PathBuffer();
    final PathBuffer second = new PathBuffer();
    final Marks seenNodes = new Marks();

    Workspace(PathComputer.Limits limits) {
        cspf = new Cspf(limits.maxLabels());
        yen = new YenKShortest(cspf);
        widest = new ShortestWidest(cspf);
        disjoint = new DisjointPairs(cspf, yen, limits.maxDisjointPrimaries());
        includeFallback = new IncludeRouteFallback(cspf);
    }
}
