package org.pathwise.compute.workspace;

import java.util.Arrays;

/**
 * One side of a Dijkstra search on long keys, in one object so the hot loop touches few arrays:
 * per node a label (distance, entering link) and a state, plus a 4-ary heap of the reached,
 * unsettled nodes with decrease-key through a position index.
 *
 * <p>A node's state is an epoch stamp: {@code base} means reached (and so in the heap),
 * {@code base + 1} settled, anything smaller untouched since the last clear, which is O(1). A
 * node is in the heap exactly while it is reached and unsettled, so the heap needs no stamp of
 * its own, and with non-negative link costs a settled node can never be improved, so relaxing
 * one is a no-op. Arrays grow to the largest graph seen and are reused.
 */
public final class DijkstraFrontier {
    private int[] stamp = new int[0];
    private long[] dist = new long[0];
    private int[] via = new int[0];
    private int[] position = new int[0];
    private long[] keys = new long[0];
    private int[] items = new int[0];
    private int size;
    private int base = 2;
    private int settled;

    /** Forgets every label, for a graph of {@code nodes} nodes. */
    public void clear(int nodes) {
        if (stamp.length < nodes) {
            int n = Math.max(nodes, stamp.length * 3 / 2);
            stamp = new int[n];
            dist = new long[n];
            via = new int[n];
            position = new int[n];
            keys = new long[n];
            items = new int[n];
            base = 2;
        } else if (base >= Integer.MAX_VALUE - 4) {
            Arrays.fill(stamp, 0);
            base = 2;
        } else {
            base += 2;
        }
        size = 0;
        settled = 0;
    }

    /** Labels {@code v} with distance 0 and no entering link. */
    public void start(int v) {
        relax(v, 0, -1);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Smallest distance in the heap; only when not empty. */
    public long topKey() {
        return keys[0];
    }

    /** Nodes settled since the last clear. */
    public int settledCount() {
        return settled;
    }

    /** Nodes reached but not settled (the heap's size). */
    public int frontierSize() {
        return size;
    }

    public boolean reached(int v) {
        return stamp[v] >= base;
    }

    public boolean settled(int v) {
        return stamp[v] == base + 1;
    }

    /** The label's distance; only meaningful when reached(v). */
    public long dist(int v) {
        return dist[v];
    }

    /** The label's distance, or Long.MAX_VALUE when v is not reached. */
    public long distOrMax(int v) {
        return stamp[v] >= base ? dist[v] : Long.MAX_VALUE;
    }

    /** The link v was reached by (-1 for the start); only meaningful when reached(v). */
    public int via(int v) {
        return via[v];
    }

    /** Offers v the label (d, link): taken when v is unreached, or reached and d is smaller. */
    public void relax(int v, long d, int link) {
        int st = stamp[v];
        if (st < base) {
            stamp[v] = base;
            dist[v] = d;
            via[v] = link;
            siftUp(size++, v, d);
        } else if (st == base && d < dist[v]) {
            dist[v] = d;
            via[v] = link;
            siftUp(position[v], v, d);
        }
    }

    /** Removes the node with the smallest distance, settles it and returns it. */
    public int pop() {
        int top = items[0];
        stamp[top] = base + 1;
        settled++;
        int last = --size;
        if (last > 0) {
            siftDown(items[last], keys[last], last);
        }
        return top;
    }

    private void siftUp(int i, int item, long key) {
        long[] k = keys;
        int[] it = items;
        int[] pos = position;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = k[parent];
            if (pk <= key) {
                break;
            }
            k[i] = pk;
            int pi = it[parent];
            it[i] = pi;
            pos[pi] = i;
            i = parent;
        }
        k[i] = key;
        it[i] = item;
        pos[item] = i;
    }

    private void siftDown(int item, long key, int last) {
        long[] k = keys;
        int[] it = items;
        int[] pos = position;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= last) {
                break;
            }
            int best = first;
            long bestKey = k[first];
            int end = Math.min(first + 4, last);
            for (int c = first + 1; c < end; c++) {
                long ck = k[c];
                if (ck < bestKey) {
                    best = c;
                    bestKey = ck;
                }
            }
            if (bestKey >= key) {
                break;
            }
            k[i] = bestKey;
            int bi = it[best];
            it[i] = bi;
            pos[bi] = i;
            i = best;
        }
        k[i] = key;
        it[i] = item;
        pos[item] = i;
    }
}
