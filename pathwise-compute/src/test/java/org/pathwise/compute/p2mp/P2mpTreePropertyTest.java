package org.pathwise.compute.p2mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;

/**
 * Small random networks with symmetric costs and capacities. The tree must be a tree rooted at
 * the source, every branch on tree links only, every link wide enough; a leaf is unreachable
 * exactly when no feasible route exists; the Takahashi-Matsuyama cost is within 2(1 - 1/t) of
 * the optimal Steiner tree found by enumerating every edge subset (t terminals = source + leaves);
 * the shortest-path tree gives every leaf its shortest distance.
 */
class P2mpTreePropertyTest {
    private final P2mpTreeComputer trees = new P2mpTreeComputer();

    @Property(tries = 250)
    void treesAreValidAndWithinTheSteinerBound(@ForAll long seed) {
        Random rnd = new Random(seed);
        int n = 3 + rnd.nextInt(5);
        TreeNet net = new TreeNet();
        for (int v = 0; v < n; v++) {
            net.nodes("n" + v);
        }
        List<int[]> edges = new ArrayList<>(); // {a, b, cost, wide}
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n && edges.size() < 10; b++) {
                if (rnd.nextInt(10) < 6) {
                    int cost = 1 + rnd.nextInt(5);
                    boolean wide = rnd.nextInt(8) != 0;
                    net.both("e" + edges.size(), "n" + a, "n" + b, cost, wide ? 100 : 10);
                    edges.add(new int[] {a, b, cost, wide ? 1 : 0});
                }
            }
        }
        TeSnapshot s = net.build();
        List<String> leaves = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            if (rnd.nextBoolean()) {
                leaves.add("n" + v);
            }
        }
        if (leaves.isEmpty()) {
            leaves.add("n" + (n - 1));
        }
        PathRequest constraints = PathRequest.between("n0", leaves.get(0)).bandwidth(50).build();
        Set<Integer> reachable = reachable(n, edges, 0);

        for (TreeObjective objective : TreeObjective.values()) {
            P2mpResult r = trees.compute(s, new P2mpRequest(constraints, leaves, objective));
            List<String> expectedReached = leaves.stream().filter(l -> reachable.contains(Integer.parseInt(l.substring(1)))).toList();
            if (expectedReached.isEmpty()) {
                assertThat(r).isInstanceOf(P2mpResult.Failed.class);
                Statistics.collect("no leaf reachable");
                continue;
            }
            assertThat(r).isInstanceOf(P2mpResult.Tree.class);
            P2mpResult.Tree t = (P2mpResult.Tree) r;
            assertThat(t.branches()).extracting(P2mpResult.Branch::leaf).containsExactlyElementsOf(expectedReached);
            assertThat(t.unreachable().keySet()).containsExactlyInAnyOrderElementsOf(
                    leaves.stream().filter(l -> !expectedReached.contains(l)).toList());
            checkIsTree(s, t);
            if (objective == TreeObjective.MIN_COST_TREE) {
                long opt = optimalSteiner(edges, 0, expectedReached);
                int terminals = expectedReached.size() + 1;
                assertThat(t.cost() * terminals).isLessThanOrEqualTo(2L * (terminals - 1) * opt);
                Statistics.collect(t.cost() == opt ? "MCT optimal" : "MCT above optimum");
            } else {
                for (P2mpResult.Branch b : t.branches()) {
                    assertThat(b.path().teMetric()).isEqualTo(distance(n, edges, 0, Integer.parseInt(b.leaf().substring(1))));
                }
            }
        }
    }

    private static void checkIsTree(TeSnapshot s, P2mpResult.Tree t) {
        Set<Integer> links = new HashSet<>();
        Set<Integer> heads = new HashSet<>();
        for (int l : t.links()) {
            assertThat(links.add(l)).isTrue();
            assertThat(heads.add(s.dst(l))).as("one parent per node").isTrue();
            assertThat(s.unreservedBandwidth(l, 7)).isGreaterThanOrEqualTo(50);
        }
        assertThat(heads).doesNotContain(0);
        Set<Integer> used = new HashSet<>();
        for (P2mpResult.Branch b : t.branches()) {
            assertThat(b.path().source()).isZero();
            assertThat(s.node(b.path().destination()).id()).isEqualTo(b.leaf());
            for (int l : b.path().links()) {
                assertThat(links).contains(l);
                used.add(l);
            }
        }
        assertThat(used).as("no dangling tree link").isEqualTo(links);
    }

    private static Set<Integer> reachable(int n, List<int[]> edges, int from) {
        Set<Integer> seen = new HashSet<>(List.of(from));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int[] e : edges) {
                if (e[3] == 1 && (seen.contains(e[0]) != seen.contains(e[1]))) {
                    seen.add(e[0]);
                    seen.add(e[1]);
                    grew = true;
                }
            }
        }
        return seen;
    }

    private static long distance(int n, List<int[]> edges, int from, int to) {
        long[] d = new long[n];
        java.util.Arrays.fill(d, Long.MAX_VALUE / 4);
        d[from] = 0;
        for (int round = 0; round < n; round++) {
            for (int[] e : edges) {
                if (e[3] == 1) {
                    d[e[1]] = Math.min(d[e[1]], d[e[0]] + e[2]);
                    d[e[0]] = Math.min(d[e[0]], d[e[1]] + e[2]);
                }
            }
        }
        return d[to];
    }

    /** Cheapest set of wide edges connecting the source with every leaf: all 2^edges subsets. */
    private static long optimalSteiner(List<int[]> edges, int source, List<String> leaves) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << edges.size(); mask++) {
            long cost = 0;
            List<int[]> chosen = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    if (edges.get(i)[3] == 0) {
                        cost = Long.MAX_VALUE;
                        break;
                    }
                    chosen.add(edges.get(i));
                    cost += edges.get(i)[2];
                }
            }
            if (cost >= best) {
                continue;
            }
            Set<Integer> seen = reachable(0, chosen, source);
            if (leaves.stream().allMatch(l -> seen.contains(Integer.parseInt(l.substring(1))))) {
                best = cost;
            }
        }
        return best;
    }
}
