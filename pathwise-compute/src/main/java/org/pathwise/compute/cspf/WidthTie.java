package org.pathwise.compute.cspf;

/**
 * Encodes a non-negative bandwidth as a long that sorts ascending when the bandwidth sorts
 * descending, so "wider first" becomes a heap tie-break. Non-negative doubles' bit patterns are
 * ordered like the values.
 */
public final class WidthTie {
    /** The tie of an infinitely wide (empty) path. */
    public static final long WIDEST = of(Double.POSITIVE_INFINITY);

    private WidthTie() {
    }

    public static long of(double width) {
        return Long.MAX_VALUE - Double.doubleToLongBits(Math.max(0.0, width));
    }

    public static double width(long tie) {
        return Double.longBitsToDouble(Long.MAX_VALUE - tie);
    }
}
