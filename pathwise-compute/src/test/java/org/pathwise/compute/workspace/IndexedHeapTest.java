package org.pathwise.compute.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed 4-ary heap against a brute-force model: every pop is a minimum, keys only drop. */
class IndexedHeapTest {

    @Test
    void popsInKeyOrderWithDecreaseKeyAndIgnoresPoppedItems() {
        Random r = new Random(3);
        IndexedHeap heap = new IndexedHeap();
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(300);
            heap.clear(n);
            long[] model = new long[n];
            Arrays.fill(model, Long.MAX_VALUE);
            boolean[] popped = new boolean[n];
            for (int op = 0; op < 4 * n; op++) {
                if (r.nextInt(3) > 0 || heap.isEmpty()) {
                    int item = r.nextInt(n);
                    long key = r.nextInt(1000);
                    heap.offer(item, key);
                    if (!popped[item]) {
                        model[item] = Math.min(model[item], key);
                    }
                } else {
                    long min = Arrays.stream(model).min().orElseThrow();
                    assertThat(heap.peekKey()).as("round %d", round).isEqualTo(min);
                    int item = heap.pop();
                    assertThat(model[item]).as("round %d", round).isEqualTo(min);
                    model[item] = Long.MAX_VALUE;
                    popped[item] = true;
                }
            }
            while (!heap.isEmpty()) {
                long min = Arrays.stream(model).min().orElseThrow();
                assertThat(heap.peekKey()).isEqualTo(min);
                model[heap.pop()] = Long.MAX_VALUE;
            }
            assertThat(Arrays.stream(model).allMatch(k -> k == Long.MAX_VALUE)).isTrue();
        }
    }
}
