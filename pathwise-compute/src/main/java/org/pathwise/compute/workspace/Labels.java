package org.pathwise.compute.workspace;

import java.util.Arrays;

/**
 * Label store for the exact constrained search: one label is a partial path (node, include-route
 * stage, cost, accumulated bounded metrics, bottleneck tie, parent label, last link). Labels at
 * the same (node, stage) slot form a linked list used for dominance checks. Growable arrays,
 * reused across queries.
 */
public final class Labels {
    public static final int DIMS = 4;

    private int[] node = new int[256];
    private int[] stage = new int[256];
    private int[] parent = new int[256];
    private int[] link = new int[256];
    private int[] next = new int[256];
    private long[] cost = new long[256];
    private long[] tie = new long[256];
    private long[] acc = new long[256 * DIMS];
    private boolean[] dead = new boolean[256];
    private int size;

    private int[] head = new int[0];
    private int[] headStamp = new int[0];
    private int epoch = 1;
    private int stages = 1;

    /** Empties the store for a graph of {@code nodes} nodes and {@code stages} include stages. */
    public void clear(int nodes, int stages) {
        size = 0;
        this.stages = stages;
        int slots = nodes * stages;
        if (head.length < slots) {
            int n = Math.max(slots, head.length * 3 / 2);
            head = new int[n];
            headStamp = new int[n];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(headStamp, 0);
            epoch = 1;
        }
    }

    public int size() {
        return size;
    }

    public int add(int v, int st, int par, int via, long c, long t) {
        if (size == node.length) {
            grow();
        }
        int id = size++;
        node[id] = v;
        stage[id] = st;
        parent[id] = par;
        link[id] = via;
        cost[id] = c;
        tie[id] = t;
        dead[id] = false;
        int slot = v * stages + st;
        next[id] = headStamp[slot] == epoch ? head[slot] : -1;
        headStamp[slot] = epoch;
        head[slot] = id;
        return id;
    }

    /** First label at (v, st), or -1. */
    public int first(int v, int st) {
        int slot = v * stages + st;
        return headStamp[slot] == epoch ? head[slot] : -1;
    }

    public int next(int id) {
        return next[id];
    }

    /** Unlinks {@code id}, whose predecessor in its slot list is {@code prev} (-1 if head). */
    public void unlink(int id, int prev) {
        if (prev < 0) {
            head[node[id] * stages + stage[id]] = next[id];
        } else {
            next[prev] = next[id];
        }
        dead[id] = true;
    }

    public int node(int id) {
        return node[id];
    }

    public int stage(int id) {
        return stage[id];
    }

    public int parent(int id) {
        return parent[id];
    }

    public int link(int id) {
        return link[id];
    }

    public long cost(int id) {
        return cost[id];
    }

    public long tie(int id) {
        return tie[id];
    }

    public boolean dead(int id) {
        return dead[id];
    }

    public long acc(int id, int dim) {
        return acc[id * DIMS + dim];
    }

    public void acc(int id, int dim, long value) {
        acc[id * DIMS + dim] = value;
    }

    private void grow() {
        int n = node.length * 2;
        node = Arrays.copyOf(node, n);
        stage = Arrays.copyOf(stage, n);
        parent = Arrays.copyOf(parent, n);
        link = Arrays.copyOf(link, n);
        next = Arrays.copyOf(next, n);
        cost = Arrays.copyOf(cost, n);
        tie = Arrays.copyOf(tie, n);
        dead = Arrays.copyOf(dead, n);
        acc = Arrays.copyOf(acc, n * DIMS);
    }
}
