package org.pathwise.ted.generate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Undirected simple edges under construction: no self-loops, no duplicates, insertion order kept. */
final class EdgeSet {

    private final Set<Long> present = new HashSet<>();
    private int[] a = new int[16];
    private int[] b = new int[16];
    private int size;

    /** Adds u–v unless it is a self-loop or already present; true when added. */
    boolean add(int u, int v) {
        if (u == v || !present.add(key(u, v))) {
            return false;
        }
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
            b = Arrays.copyOf(b, size * 2);
        }
        a[size] = u;
        b[size] = v;
        size++;
        return true;
    }

    boolean contains(int u, int v) {
        return present.contains(key(u, v));
    }

    int size() {
        return size;
    }

    int a(int e) {
        return a[e];
    }

    int b(int e) {
        return b[e];
    }

    private static long key(int u, int v) {
        return u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
    }
}
