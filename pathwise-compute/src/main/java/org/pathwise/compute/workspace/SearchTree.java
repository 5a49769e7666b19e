package org.pathwise.compute.workspace;

/**
 * Per-node shortest-path state for one Dijkstra run: distance (plus a secondary tie key), the link
 * it was reached by, and whether it is settled. All epoch-stamped, so a new run costs O(1) to
 * start rather than O(nodes).
 */
public final class SearchTree {
    public static final long UNREACHED = Long.MAX_VALUE;

    private int[] reachedStamp = new int[0];
    private int[] settledStamp = new int[0];
    private long[] dist = new long[0];
    private long[] tie = new long[0];
    private int[] via = new int[0];
    private int epoch = 1;

    public void clear(int nodes) {
        if (dist.length < nodes) {
            int size = Math.max(nodes, dist.length * 3 / 2);
            reachedStamp = new int[size];
            settledStamp = new int[size];
            dist = new long[size];
            tie = new long[size];
            via = new int[size];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(reachedStamp, 0);
            java.util.Arrays.fill(settledStamp, 0);
            epoch = 1;
        }
    }

    public boolean reached(int v) {
        return reachedStamp[v] == epoch;
    }

    public boolean settled(int v) {
        return settledStamp[v] == epoch;
    }

    public void settle(int v) {
        settledStamp[v] = epoch;
    }

    /** Distance of v, or UNREACHED. */
    public long dist(int v) {
        return reachedStamp[v] == epoch ? dist[v] : UNREACHED;
    }

    public long tie(int v) {
        return reachedStamp[v] == epoch ? tie[v] : UNREACHED;
    }

    /** The link v was reached by, or -1 for the root. Only meaningful when reached(v). */
    public int via(int v) {
        return via[v];
    }

    public void set(int v, long d, long t, int link) {
        reachedStamp[v] = epoch;
        dist[v] = d;
        tie[v] = t;
        via[v] = link;
    }

    /** True when (d, t) is strictly better than v's current label. */
    public boolean improves(int v, long d, long t) {
        if (reachedStamp[v] != epoch) {
            return true;
        }
        return d < dist[v] || (d == dist[v] && t < tie[v]);
    }
}
