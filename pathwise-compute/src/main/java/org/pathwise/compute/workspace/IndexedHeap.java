package org.pathwise.compute.workspace;

/**
 * A 4-ary min-heap of node indices keyed by a long, with decrease-key through a position index:
 * each node is in the heap at most once, so a Dijkstra run pushes and pops each node once instead
 * of piling up stale copies, and a 4-ary tree halves the depth of a binary one. The position index
 * is epoch-stamped, so clearing is O(1); arrays grow and are reused.
 */
public final class IndexedHeap {
    private static final int POPPED = -1;

    private long[] keys = new long[64];
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

    /**
     * Inserts {@code item} with {@code key}, or lowers its key if it is in the heap with a larger
     * one. An item already popped since the last clear is ignored.
     */
    public void offer(int item, long key) {
        int i;
        if (stamp[item] == epoch) {
            i = position[item];
            if (i == POPPED || key >= keys[i]) {
                return;
            }
        } else {
            stamp[item] = epoch;
            if (size == items.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            i = size++;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = keys[parent];
            if (pk <= key) {
                break;
            }
            keys[i] = pk;
            int pi = items[parent];
            items[i] = pi;
            position[pi] = i;
            i = parent;
        }
        keys[i] = key;
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
            int item = items[last];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= last) {
                    break;
                }
                int best = first;
                long bestKey = keys[first];
                int end = Math.min(first + 4, last);
                for (int c = first + 1; c < end; c++) {
                    if (keys[c] < bestKey) {
                        best = c;
                        bestKey = keys[c];
                    }
                }
                if (bestKey >= key) {
                    break;
                }
                keys[i] = bestKey;
                int bi = items[best];
                items[i] = bi;
                position[bi] = i;
                i = best;
            }
            keys[i] = key;
            items[i] = item;
            position[item] = i;
        }
        return top;
    }
}
