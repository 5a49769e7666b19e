package org.pathwise.compute.optical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;

/**
 * Brute force on small random WDM networks: every simple route within the hop limit, every
 * channel. The router's channel must be the policy's choice among channels with a continuous
 * route, and its route the cheapest continuous one on that channel.
 */
class WavelengthRouterPropertyTest {
    private final WavelengthRouter router = new WavelengthRouter();

    @Property(tries = 300)
    void matchesBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int maxHops,
                           @ForAll boolean mostUsed) {
        Random rnd = new Random(seed);
        int n = 3 + rnd.nextInt(5);
        OpticalNet net = new OpticalNet();
        for (int v = 0; v < n; v++) {
            net.nodes("n" + v);
        }
        int id = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && rnd.nextInt(10) < 4) {
                    List<Integer> free = new ArrayList<>();
                    for (int c = 0; c < OpticalNet.GRID; c++) {
                        if (rnd.nextInt(10) < 5) {
                            free.add(c);
                        }
                    }
                    net.fiber("l" + id++, "n" + a, "n" + b, 1 + rnd.nextInt(4),
                            free.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        TeSnapshot s = net.build();
        WavelengthPolicy policy = mostUsed ? WavelengthPolicy.MOST_USED : WavelengthPolicy.FIRST_FIT;
        PathRequest request = PathRequest.between("n0", "n" + (n - 1)).maxHops(maxHops).build();

        long[] cheapest = new long[OpticalNet.GRID];
        java.util.Arrays.fill(cheapest, Long.MAX_VALUE);
        boolean anyRoute = walk(s, 0, n - 1, maxHops, new boolean[n], new ArrayList<>(), cheapest);
        int expected = -1;
        for (int c : policyOrder(s, policy)) {
            if (cheapest[c] != Long.MAX_VALUE) {
                expected = c;
                break;
            }
        }
        RwaResult result = router.compute(s, RwaRequest.of(request, policy));
        Statistics.collect(result instanceof RwaResult.Failed f ? f.noPath().reason().name() : "assigned");
        if (expected < 0) {
            assertThat(result).isInstanceOfSatisfying(RwaResult.Failed.class, f -> {
                if (anyRoute) {
                    assertThat(f.noPath().reason()).isEqualTo(NoPathReason.WAVELENGTH_UNAVAILABLE);
                } else {
                    assertThat(f.noPath().reason()).isIn(NoPathReason.NO_ROUTE, NoPathReason.HOP_LIMIT_EXCEEDED);
                }
            });
            return;
        }
        int channel = expected;
        assertThat(result).isInstanceOfSatisfying(RwaResult.Assigned.class, a -> {
            assertThat(a.channel()).isEqualTo(channel);
            assertThat(a.path().teMetric()).isEqualTo(cheapest[channel]);
            assertThat(a.path().hopCount()).isLessThanOrEqualTo(maxHops);
        });
    }

    /** Channels in policy order, from an independent usage count. */
    private static List<Integer> policyOrder(TeSnapshot s, WavelengthPolicy policy) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < OpticalNet.GRID; c++) {
            order.add(c);
        }
        if (policy == WavelengthPolicy.MOST_USED) {
            int[] used = new int[OpticalNet.GRID];
            for (var link : s.links()) {
                for (int c = 0; c < link.wavelengthCount(); c++) {
                    if (!link.wavelengths().get(c)) {
                        used[c]++;
                    }
                }
            }
            order.sort((x, y) -> used[y] != used[x] ? Integer.compare(used[y], used[x]) : Integer.compare(x, y));
        }
        return order;
    }

    /** Enumerates simple routes; records per channel the cheapest continuous one. True if any route exists. */
    private static boolean walk(TeSnapshot s, int at, int to, int hopsLeft, boolean[] seen, List<Integer> route,
                                long[] cheapest) {
        if (at == to) {
            for (int c = 0; c < OpticalNet.GRID; c++) {
                boolean continuous = true;
                long cost = 0;
                for (int l : route) {
                    continuous &= s.wavelengthAvailable(l, c);
                    cost += s.teMetric(l);
                }
                if (continuous) {
                    cheapest[c] = Math.min(cheapest[c], cost);
                }
            }
            return true;
        }
        if (hopsLeft == 0) {
            return false;
        }
        seen[at] = true;
        boolean any = false;
        for (int i = s.outStart(at); i < s.outStart(at + 1); i++) {
            int l = s.outLink(i);
            if (!seen[s.dst(l)]) {
                route.add(l);
                any |= walk(s, s.dst(l), to, hopsLeft - 1, seen, route, cheapest);
                route.remove(route.size() - 1);
            }
        }
        seen[at] = false;
        return any;
    }
}
