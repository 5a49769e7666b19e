package org.pathwise.server.translate;

import org.pathwise.compute.MetricKind;
import org.pathwise.pcep.object.Metric;

/**
 * METRIC types (IANA "METRIC Object T Field") ↔ the metrics the computation knows. RFC 5440 §7.8:
 * 1 IGP, 2 TE, 3 hop count; RFC 8233 §3.1: 12 path delay, in microseconds like the TED's delay.
 * Type 11 (SID depth, RFC 8664 §4.4.3) is not a link metric; {@link RequestParser} treats it apart.
 */
public final class MetricTypes {
    private MetricTypes() {}

    /** The metric kind for a METRIC type, or null when the computation has no such metric. */
    public static MetricKind kind(int metricType) {
        return switch (metricType) {
            case Metric.IGP -> MetricKind.IGP;
            case Metric.TE -> MetricKind.TE;
            case Metric.HOP_COUNT -> MetricKind.HOPS;
            case Metric.PATH_DELAY -> MetricKind.DELAY;
            default -> null;
        };
    }

    /** The METRIC type that carries a metric kind. */
    public static int type(MetricKind kind) {
        return switch (kind) {
            case IGP -> Metric.IGP;
            case TE -> Metric.TE;
            case HOPS -> Metric.HOP_COUNT;
            case DELAY -> Metric.PATH_DELAY;
        };
    }
}
