package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.cspf.BidirectionalSearch;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * The bidirectional search's node potential, which Suurballe's residual search relies on: on
 * random graphs (with bandwidth pruning, asymmetric metrics, dead ends) it must be feasible on
 * every allowed link, zero at the source and exact along the path found, whatever way the search
 * stopped (meeting rule, or either side running out of nodes).
 */
class BidirectionalPotentialTest {

    @Test
    void potentialIsFeasibleEverywhereAndTightOnThePath() {
        Random r = new Random(4);
        Query q = new Query();
        BidirectionalSearch search = new BidirectionalSearch();
        PathBuffer path = new PathBuffer();
        int checked = 0;
        for (int g = 0; g < 1500; g++) {
            int n = 2 + r.nextInt(g < 1000 ? 40 : 300);
            // Few extra adjacencies make trees and dead ends, where one side exhausts its heap.
            int extra = r.nextInt(3) == 0 ? r.nextInt(3) : r.nextInt(3 * n + 1);
            TeSnapshot s = Topo.random(9000 + g, n, extra, 1 + r.nextInt(40), r.nextBoolean());
            MetricKind metric = MetricKind.values()[r.nextInt(4)];
            int src = r.nextInt(n);
            int dst = r.nextInt(n);
            if (src == dst) {
                continue;
            }
            double bw = r.nextBoolean() ? 0 : 1000 * r.nextInt(8);
            PathRequest req = PathRequest.between(Topo.id(s, src), Topo.id(s, dst))
                    .minimise(metric).bandwidth(bw).build();
            assertThat(q.prepare(s, req, Query.ALL)).isNull();
            boolean found = search.run(q, src, dst, path);
            GraphPath<Integer, Topo.LinkEdge> expected = DijkstraShortestPath.findPathBetween(
                    Topo.jgrapht(s, metric, q.filter::allows), src, dst);
            String ctx = "graph " + g;
            if (expected == null) {
                assertThat(found).as(ctx).isFalse();
                continue;
            }
            assertThat(found).as(ctx).isTrue();
            assertThat((double) search.distance()).as(ctx).isEqualTo(expected.getWeight());
            for (int l = 0; l < s.linkCount(); l++) {
                if (q.filter.allows(l)) {
                    long reduced = q.cost(l) + search.potential(s.src(l)) - search.potential(s.dst(l));
                    assertThat(reduced).as("%s: reduced cost of link %d", ctx, l).isGreaterThanOrEqualTo(0);
                }
            }
            long along = 0;
            assertThat(search.potential(src)).as(ctx).isZero();
            for (int i = 0; i < path.length(); i++) {
                int l = path.get(i);
                along += q.cost(l);
                assertThat(search.potential(s.dst(l))).as("%s: potential at hop %d", ctx, i).isEqualTo(along);
            }
            assertThat(along).as(ctx).isEqualTo(search.distance());
            checked++;
        }
        assertThat(checked).isGreaterThan(700);
    }
}
