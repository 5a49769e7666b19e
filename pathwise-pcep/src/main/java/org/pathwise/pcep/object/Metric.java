package org.pathwise.pcep.object;

/**
 * METRIC (class 6, type 1; RFC 5440 §7.8).
 *
 * @param computed C: the PCE must return the computed metric value
 * @param bound B: the value is an upper bound
 * @param metricType T: 1 IGP, 2 TE, 3 hop count, 11 SID depth (RFC 8664), 12 path delay (RFC 8233), …
 * @param value an IEEE float
 */
public record Metric(ObjectFlags flags, boolean computed, boolean bound, int metricType, float value)
        implements PcepObject {
    public static final int IGP = 1;
    public static final int TE = 2;
    public static final int HOP_COUNT = 3;
    public static final int SID_DEPTH = 11;
    public static final int PATH_DELAY = 12;
}
