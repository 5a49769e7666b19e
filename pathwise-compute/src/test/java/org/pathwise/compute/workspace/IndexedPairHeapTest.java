package org.pathwise.compute.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed 4-ary pair heap against a brute-force model: every pop is a (key, tie) minimum, pairs
 * only drop. The model encodes a pair as key * 1000 + tie (both below 1000), same order.
 */
class IndexedPairHeapTest {

    @Test
    void popsInKeyOrderWithDecreaseKeyAndIgnoresPoppedItems() {
        Random r = new Random(3);
        IndexedPairHeap heap = new IndexedPairHeap();
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(300);
            heap.clear(n);
            long[] model = new long[n];
            Arrays.fill(model, Long.MAX_VALUE);
            boolean[] popped = new boolean[n];
            for (int op = 0; op < 4 * n; op++) {
                if (r.nextInt(3) > 0 || heap.isEmpty()) {
                    int item = r.nextInt(n);
                    long key = r.nextInt(40);
                    long tie = r.nextInt(3) == 0 ? 0 : r.nextInt(1000);
                    heap.offer(item, key, tie);
                    if (!popped[item]) {
                        model[item] = Math.min(model[item], key * 1000 + tie);
                    }
                } else {
                    long min = Arrays.stream(model).min().orElseThrow();
                    assertThat(heap.peekKey() * 1000 + heap.peekTie()).as("round %d", round).isEqualTo(min);
                    int item = heap.pop();
                    assertThat(model[item]).as("round %d", round).isEqualTo(min);
                    model[item] = Long.MAX_VALUE;
                    popped[item] = true;
                }
            }
            while (!heap.isEmpty()) {
                long min = Arrays.stream(model).min().orElseThrow();
                assertThat(heap.peekKey() * 1000 + heap.peekTie()).isEqualTo(min);
                model[heap.pop()] = Long.MAX_VALUE;
            }
            assertThat(Arrays.stream(model).allMatch(k -> k == Long.MAX_VALUE)).isTrue();
        }
    }
}
