package org.pathwise.compute.ksp;

import java.util.Arrays;

/**
 * Paths stored end to end in one growable int array (link indices), with per-path start, length,
 * cost, hash and deviation index: Yen's accepted list and candidate pool without per-path objects.
 */
final class PathArena {
    private int[] links = new int[1024];
    private int used;
    private int[] start = new int[64];
    private int[] length = new int[64];
    private long[] cost = new long[64];
    private long[] hash = new long[64];
    private int[] deviation = new int[64];
    private int count;

    void clear() {
        used = 0;
        count = 0;
    }

    int count() {
        return count;
    }

    /** Stores links[0..n) and returns the new path's id. */
    int add(int[] src, int n, long c, int dev) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            length = Arrays.copyOf(length, size);
            cost = Arrays.copyOf(cost, size);
            hash = Arrays.copyOf(hash, size);
            deviation = Arrays.copyOf(deviation, size);
        }
        if (used + n > links.length) {
            links = Arrays.copyOf(links, Math.max(links.length * 2, used + n));
        }
        System.arraycopy(src, 0, links, used, n);
        int id = count++;
        start[id] = used;
        length[id] = n;
        cost[id] = c;
        hash[id] = hashOf(src, n);
        deviation[id] = dev;
        used += n;
        return id;
    }

    /** Drops the most recently added path (a duplicate found after adding). */
    void removeLast() {
        count--;
        used = start[count];
    }

    static long hashOf(int[] src, int n) {
        long h = 1125899906842597L;
        for (int i = 0; i < n; i++) {
            h = 31 * h + src[i];
        }
        return h;
    }

    int length(int id) {
        return length[id];
    }

    int link(int id, int i) {
        return links[start[id] + i];
    }

    long cost(int id) {
        return cost[id];
    }

    long hash(int id) {
        return hash[id];
    }

    int deviation(int id) {
        return deviation[id];
    }

    boolean sameLinks(int a, int b) {
        return length[a] == length[b]
                && Arrays.equals(links, start[a], start[a] + length[a], links, start[b], start[b] + length[b]);
    }

    /** Copies path id's links into dst (sized by caller), returns length. */
    int copy(int id, int[] dst) {
        System.arraycopy(links, start[id], dst, 0, length[id]);
        return length[id];
    }

    /** True if paths a and b have the same first n links. */
    boolean samePrefix(int a, int b, int n) {
        return length[a] >= n && length[b] >= n
                && Arrays.equals(links, start[a], start[a] + n, links, start[b], start[b] + n);
    }
}
