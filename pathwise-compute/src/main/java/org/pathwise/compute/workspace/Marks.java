package org.pathwise.compute.workspace;

/**
 * A set of small non-negative ints (node or link indices) cleared in O(1): membership is an epoch
 * stamp, and clearing bumps the epoch instead of touching the array.
 */
public final class Marks {
    private int[] stamp = new int[0];
    private int epoch = 1;
    private int count;

    /** Empties the set and makes room for indices below {@code capacity}. */
    public void clear(int capacity) {
        if (stamp.length < capacity) {
            stamp = new int[Math.max(capacity, stamp.length * 3 / 2)];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            epoch = 1;
        }
        count = 0;
    }

    public void add(int i) {
        if (stamp[i] != epoch) {
            stamp[i] = epoch;
            count++;
        }
    }

    public void remove(int i) {
        if (stamp[i] == epoch) {
            stamp[i] = 0;
            count--;
        }
    }

    public boolean contains(int i) {
        return stamp[i] == epoch;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int size() {
        return count;
    }
}
