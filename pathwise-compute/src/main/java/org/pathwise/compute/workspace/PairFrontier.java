package org.pathwise.compute.workspace;

import java.util.Arrays;

/**
 * {@link DijkstraFrontier} on lexicographic keys (major, minor), both longs, for searches whose
 * cost is a pair (Suurballe's residual search: shared elements, then reduced metric). Same
 * layout and rules: per node a label (major, minor, entering arc) and an epoch-stamped state
 * ({@code base} reached and in the heap, {@code base + 1} settled), a 4-ary heap with
 * decrease-key, O(1) clear, arrays reused. Keys must not decrease along arcs (non-negative pair
 * costs), so a settled node is never improved.
 */
public final class PairFrontier {
    private int[] stamp = new int[0];
    private long[] major = new long[0];
    private long[] minor = new long[0];
    private int[] via = new int[0];
    private int[] position = new int[0];
    private long[] heapMajor = new long[0];
    private long[] heapMinor = new long[0];
    private int[] items = new int[0];
    private int size;
    private int base = 2;

    /** Forgets every label, for {@code states} states. */
    public void clear(int states) {
        if (stamp.length < states) {
            int n = Math.max(states, stamp.length * 3 / 2);
            stamp = new int[n];
            major = new long[n];
            minor = new long[n];
            via = new int[n];
            position = new int[n];
            heapMajor = new long[n];
            heapMinor = new long[n];
            items = new int[n];
            base = 2;
        } else if (base >= Integer.MAX_VALUE - 4) {
            Arrays.fill(stamp, 0);
            base = 2;
        } else {
            base += 2;
        }
        size = 0;
    }

    /** Labels {@code v} with (0, 0) and entering arc {@code startVia}. */
    public void start(int v, int startVia) {
        relax(v, 0, 0, startVia);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Nodes reached but not settled (the heap's size). */
    public int frontierSize() {
        return size;
    }

    public long topMajor() {
        return heapMajor[0];
    }

    public long topMinor() {
        return heapMinor[0];
    }

    public boolean reached(int v) {
        return stamp[v] >= base;
    }

    public boolean settled(int v) {
        return stamp[v] == base + 1;
    }

    /** Only meaningful when reached(v). */
    public long major(int v) {
        return major[v];
    }

    /** Only meaningful when reached(v). */
    public long minor(int v) {
        return minor[v];
    }

    /** Only meaningful when reached(v). */
    public int via(int v) {
        return via[v];
    }

    /** Offers v the label (a, b, arc): taken when v is unreached, or reached and (a, b) is smaller. */
    public void relax(int v, long a, long b, int arc) {
        int st = stamp[v];
        if (st < base) {
            stamp[v] = base;
            major[v] = a;
            minor[v] = b;
            via[v] = arc;
            siftUp(size++, v, a, b);
        } else if (st == base && less(a, b, major[v], minor[v])) {
            major[v] = a;
            minor[v] = b;
            via[v] = arc;
            siftUp(position[v], v, a, b);
        }
    }

    /** Removes the state with the smallest key, settles it and returns it. */
    public int pop() {
        int top = items[0];
        stamp[top] = base + 1;
        int last = --size;
        if (last > 0) {
            siftDown(items[last], heapMajor[last], heapMinor[last], last);
        }
        return top;
    }

    public static boolean less(long a1, long b1, long a2, long b2) {
        return a1 < a2 || (a1 == a2 && b1 < b2);
    }

    private void siftUp(int i, int item, long a, long b) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pa = heapMajor[parent];
            long pb = heapMinor[parent];
            if (!less(a, b, pa, pb)) {
                break;
            }
            heapMajor[i] = pa;
            heapMinor[i] = pb;
            int pi = items[parent];
            items[i] = pi;
            position[pi] = i;
            i = parent;
        }
        heapMajor[i] = a;
        heapMinor[i] = b;
        items[i] = item;
        position[item] = i;
    }

    private void siftDown(int item, long a, long b, int last) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= last) {
                break;
            }
            int best = first;
            long bestA = heapMajor[first];
            long bestB = heapMinor[first];
            int end = Math.min(first + 4, last);
            for (int c = first + 1; c < end; c++) {
                if (less(heapMajor[c], heapMinor[c], bestA, bestB)) {
                    best = c;
                    bestA = heapMajor[c];
                    bestB = heapMinor[c];
                }
            }
            if (!less(bestA, bestB, a, b)) {
                break;
            }
            heapMajor[i] = bestA;
            heapMinor[i] = bestB;
            int bi = items[best];
            items[i] = bi;
            position[bi] = i;
            i = best;
        }
        heapMajor[i] = a;
        heapMinor[i] = b;
        items[i] = item;
        position[item] = i;
    }
}
