package org.pathwise.compute.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The frontier against a brute-force model: every pop is a minimum, a label only drops, a settled
 * node keeps its label, and reached/settled/via follow the relaxations, across reuses of one
 * instance with growing and shrinking graphs (the epoch stamps).
 */
class DijkstraFrontierTest {

    @Test
    void popsInKeyOrderWithDecreaseKeyAndKeepsSettledLabels() {
        Random r = new Random(3);
        DijkstraFrontier frontier = new DijkstraFrontier();
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(300);
            frontier.clear(n);
            long[] label = new long[n];
            int[] via = new int[n];
            Arrays.fill(label, Long.MAX_VALUE);
            boolean[] settled = new boolean[n];
            int settledCount = 0;
            for (int op = 0; op < 4 * n; op++) {
                if (r.nextInt(3) > 0 || frontier.isEmpty()) {
                    int item = r.nextInt(n);
                    long key = r.nextInt(1000);
                    int link = r.nextInt(10_000);
                    frontier.relax(item, key, link);
                    if (!settled[item] && key < label[item]) {
                        label[item] = key;
                        via[item] = link;
                    }
                } else {
                    long min = Long.MAX_VALUE;
                    for (int v = 0; v < n; v++) {
                        if (!settled[v]) {
                            min = Math.min(min, label[v]);
                        }
                    }
                    assertThat(frontier.topKey()).as("round %d", round).isEqualTo(min);
                    int item = frontier.pop();
                    assertThat(label[item]).as("round %d", round).isEqualTo(min);
                    settled[item] = true;
                    settledCount++;
                }
                int probe = r.nextInt(n);
                assertThat(frontier.reached(probe)).isEqualTo(label[probe] != Long.MAX_VALUE);
                assertThat(frontier.settled(probe)).isEqualTo(settled[probe]);
                assertThat(frontier.distOrMax(probe)).isEqualTo(label[probe]);
                if (frontier.reached(probe)) {
                    assertThat(frontier.via(probe)).isEqualTo(via[probe]);
                }
            }
            assertThat(frontier.settledCount()).isEqualTo(settledCount);
            while (!frontier.isEmpty()) {
                frontier.pop();
                settledCount++;
            }
            assertThat(frontier.settledCount()).isEqualTo(settledCount);
        }
    }
}
