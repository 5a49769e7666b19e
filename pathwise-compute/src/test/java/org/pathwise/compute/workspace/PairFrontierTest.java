package org.pathwise.compute.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pair-keyed frontier against a brute-force model: every pop is the lexicographic minimum
 * (major first, minor breaks ties, many ties on purpose), labels only drop, settled labels stay,
 * across reuses of one instance.
 */
class PairFrontierTest {

    @Test
    void popsInLexicographicOrderWithDecreaseKey() {
        Random r = new Random(5);
        PairFrontier frontier = new PairFrontier();
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(200);
            frontier.clear(n);
            long[] major = new long[n];
            long[] minor = new long[n];
            int[] via = new int[n];
            boolean[] reached = new boolean[n];
            boolean[] settled = new boolean[n];
            for (int op = 0; op < 4 * n; op++) {
                if (r.nextInt(3) > 0 || frontier.isEmpty()) {
                    int item = r.nextInt(n);
                    long a = r.nextInt(3);
                    long b = r.nextInt(20) - 5;
                    int arc = r.nextInt(1000) - 3;
                    frontier.relax(item, a, b, arc);
                    if (!settled[item] && (!reached[item] || PairFrontier.less(a, b, major[item], minor[item]))) {
                        reached[item] = true;
                        major[item] = a;
                        minor[item] = b;
                        via[item] = arc;
                    }
                } else {
                    int min = -1;
                    for (int v = 0; v < n; v++) {
                        if (reached[v] && !settled[v]
                                && (min < 0 || PairFrontier.less(major[v], minor[v], major[min], minor[min]))) {
                            min = v;
                        }
                    }
                    assertThat(frontier.topMajor()).as("round %d", round).isEqualTo(major[min]);
                    assertThat(frontier.topMinor()).as("round %d", round).isEqualTo(minor[min]);
                    int item = frontier.pop();
                    assertThat(major[item]).isEqualTo(major[min]);
                    assertThat(minor[item]).isEqualTo(minor[min]);
                    settled[item] = true;
                }
                int probe = r.nextInt(n);
                assertThat(frontier.reached(probe)).isEqualTo(reached[probe]);
                assertThat(frontier.settled(probe)).isEqualTo(settled[probe]);
                if (reached[probe]) {
                    assertThat(frontier.major(probe)).isEqualTo(major[probe]);
                    assertThat(frontier.minor(probe)).isEqualTo(minor[probe]);
                    assertThat(frontier.via(probe)).isEqualTo(via[probe]);
                }
            }
        }
    }
}
