package org.pathwise.compute.workspace;

/**
 * {@link IndexedHeap} ordered by a pair (key, tie) ascending, both longs: for searches on
 * lexicographic costs. A 4-ary min-heap with decrease-key through a position index:
 * each node is in the heap at most once, so a Dijkstra run pushes and pops each node once instead
 * of piling up stale copies, and a 4-ary tree halves the depth of a binary one. The position index
 * is epoch-stamped, so clearing is O(1); arrays grow and are reused.
 */
public final class IndexedPairHeap {
    private static final int POPPED = -1;

    private long[] keys = new long[64];
    private long[] ties = new long[64];
    private int[] items = new int[64];
    private int[] position = new int[0];
    private int[] stamp = new int[0];
    private int epoch = 1;
    private int size;

    /** Empties the heap for items below {@code capacity}. */
    public void clear(int capacity) {
        if (stamp.length < capacity) {
            int n = Math.max(capacity, stamp.length * 3 / 2);
            stamp = new int[n];
            position = new int[n];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            epoch = 1;
        }
        size = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long peekKey() {
        return keys[0];
    }

    public long peekTie() {
        return ties[0];
    }

    /**
     * Inserts {@code item} with (key, tie), or lowers them if it is in the heap with a larger
     * pair. An item already popped since the last clear is ignored.
     */
    public void offer(int item, long key, long tie) {
        int i;
        if (stamp[item] == epoch) {
            i = position[item];
            if (i == POPPED || !less(key, tie, keys[i], ties[i])) {
                return;
            }
        } else {
            stamp[item] = epoch;
            if (size == items.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                ties = java.util.Arrays.copyOf(ties, size * 2);
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            i = size++;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = keys[parent];
            long pt = ties[parent];
            if (!less(key, tie, pk, pt)) {
                break;
            }
            keys[i] = pk;
            ties[i] = pt;
            int pi = items[parent];
            items[i] = pi;
            position[pi] = i;
            i = parent;
        }
        keys[i] = key;
        ties[i] = tie;
        items[i] = item;
        position[item] = i;
    }

    /** Removes and returns the item with the smallest key; read the key with peekKey() first. */
    public int pop() {
        int top = items[0];
        position[top] = POPPED;
        int last = --size;
        if (last > 0) {
            long key = keys[last];
            long tie = ties[last];
            int item = items[last];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= last) {
                    break;
                }
                int best = first;
                long bestKey = keys[first];
                long bestTie = ties[first];
                int end = Math.min(first + 4, last);
                for (int c = first + 1; c < end; c++) {
                    if (less(keys[c], ties[c], bestKey, bestTie)) {
                        best = c;
                        bestKey = keys[c];
                        bestTie = ties[c];
                    }
                }
                if (!less(bestKey, bestTie, key, tie)) {
                    break;
                }
                keys[i] = bestKey;
                ties[i] = bestTie;
                int bi = items[best];
                items[i] = bi;
                position[bi] = i;
                i = best;
            }
            keys[i] = key;
            ties[i] = tie;
            items[i] = item;
            position[item] = i;
        }
        return top;
    }

    private static boolean less(long k1, long t1, long k2, long t2) {
        return k1 < k2 || (k1 == k2 && t1 < t2);
    }
}
