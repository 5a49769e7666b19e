package org.pathwise.server.metrics;

import org.HdrHistogram.Histogram;

/** One stage's latency distribution, in microseconds. */
public record StageSummary(String stage, long count, double meanMicros, double minMicros, double p50Micros,
        double p90Micros, double p99Micros, double p999Micros, double maxMicros) {

    static StageSummary of(Stage stage, Histogram h) {
        if (h.getTotalCount() == 0) {
            return new StageSummary(stage.key(), 0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new StageSummary(stage.key(), h.getTotalCount(), micros(h.getMean()), micros(h.getMinValue()),
                micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(90)),
                micros(h.getValueAtPercentile(99)), micros(h.getValueAtPercentile(99.9)), micros(h.getMaxValue()));
    }

    private static double micros(double nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
