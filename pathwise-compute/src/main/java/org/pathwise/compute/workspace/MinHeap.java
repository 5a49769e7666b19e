package org.pathwise.compute.workspace;

/**
 * A binary min-heap of int items ordered by (key, tie) ascending, both longs. Lazy deletion:
 * an item may be pushed again with a better key and the stale copy skipped by the caller, which
 * on sparse graphs beats decrease-key. Arrays grow and are then reused: no allocation in steady
 * state.
 */
public final class MinHeap {
    private long[] keys = new long[64];
    private long[] ties = new long[64];
    private int[] items = new int[64];
    private int size;

    public void clear() {
        size = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public void push(int item, long key, long tie) {
        if (size == items.length) {
            grow();
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, tie, keys[parent], ties[parent])) {
                break;
            }
            keys[i] = keys[parent];
            ties[i] = ties[parent];
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        ties[i] = tie;
        items[i] = item;
    }

    public int peekItem() {
        return items[0];
    }

    public long peekKey() {
        return keys[0];
    }

    public long peekTie() {
        return ties[0];
    }

    /** Removes the top item and returns it; read its key with peekKey() before if needed. */
    public int pop() {
        int top = items[0];
        int last = --size;
        if (last > 0) {
            long key = keys[last];
            long tie = ties[last];
            int item = items[last];
            int i = 0;
            int half = last >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < last && less(keys[right], ties[right], keys[child], ties[child])) {
                    child = right;
                }
                if (!less(keys[child], ties[child], key, tie)) {
                    break;
                }
                keys[i] = keys[child];
                ties[i] = ties[child];
                items[i] = items[child];
                i = child;
            }
            keys[i] = key;
            ties[i] = tie;
            items[i] = item;
        }
        return top;
    }

    private static boolean less(long k1, long t1, long k2, long t2) {
        return k1 < k2 || (k1 == k2 && t1 < t2);
    }

    private void grow() {
        int n = items.length * 2;
        keys = java.util.Arrays.copyOf(keys, n);
        ties = java.util.Arrays.copyOf(ties, n);
        items = java.util.Arrays.copyOf(items, n);
    }
}
