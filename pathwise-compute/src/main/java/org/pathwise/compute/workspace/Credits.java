package org.pathwise.compute.workspace;

/** Per-link bandwidth credited back to a request (existing reservation), cleared in O(1). */
public final class Credits {
    private int[] stamp = new int[0];
    private double[] value = new double[0];
    private int epoch = 1;
    private boolean any;

    public void clear(int capacity) {
        if (stamp.length < capacity) {
            int size = Math.max(capacity, stamp.length * 3 / 2);
            stamp = new int[size];
            value = new double[size];
            epoch = 1;
        } else if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            epoch = 1;
        }
        any = false;
    }

    public void set(int link, double bandwidth) {
        stamp[link] = epoch;
        value[link] = bandwidth;
        any = true;
    }

    public double get(int link) {
        return stamp[link] == epoch ? value[link] : 0.0;
    }

    public boolean any() {
        return any;
    }
}
