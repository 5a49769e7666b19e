package org.pathwise.compute.constraint;

/** A growable sorted set of ints (SRLG numbers); contains() is a binary search, no boxing. */
public final class IntList {
    private int[] values = new int[8];
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

    public int get(int i) {
        return values[i];
    }

    /** Adds v keeping the list sorted; duplicates are ignored. */
    public void add(int v) {
        int at = java.util.Arrays.binarySearch(values, 0, size, v);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = v;
        size++;
    }

    public boolean contains(int v) {
        return size != 0 && java.util.Arrays.binarySearch(values, 0, size, v) >= 0;
    }
}
