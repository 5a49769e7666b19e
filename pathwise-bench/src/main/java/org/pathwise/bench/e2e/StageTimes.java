package org.pathwise.bench.e2e;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.pathwise.server.metrics.ServerMetrics;
import org.pathwise.server.metrics.Stage;

/**
 * The server's per-stage latencies over one window of a run (the cumulative histograms at the end
 * minus those at the start), so a warm-up or an earlier load step does not blur the numbers.
 */
public final class StageTimes {
    private final Map<Stage, Histogram> histograms;

    private StageTimes(Map<Stage, Histogram> histograms) {
        this.histograms = histograms;
    }

    /** Marks the start of a window. */
    public static Mark mark(ServerMetrics metrics) {
        Map<Stage, Histogram> at = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            at.put(s, metrics.histogram(s));
        }
        return new Mark(metrics, at);
    }

    /** The start of a window; {@link #since} closes it. */
    public record Mark(ServerMetrics metrics, Map<Stage, Histogram> at) {
        public StageTimes since() {
            Map<Stage, Histogram> d = new EnumMap<>(Stage.class);
            for (Stage s : Stage.values()) {
                Histogram h = metrics.histogram(s);
                h.subtract(at.get(s));
                d.put(s, h);
            }
            return new StageTimes(d);
        }
    }

    public Histogram histogram(Stage s) {
        return histograms.get(s);
    }

    public long count(Stage s) {
        return histograms.get(s).getTotalCount();
    }

    /** A percentile of a stage in microseconds (0 when the stage saw nothing). */
    public double micros(Stage s, double percentile) {
        Histogram h = histograms.get(s);
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1e3;
    }

    public double meanMicros(Stage s) {
        Histogram h = histograms.get(s);
        return h.getTotalCount() == 0 ? 0 : h.getMean() / 1e3;
    }

    public double maxMicros(Stage s) {
        Histogram h = histograms.get(s);
        return h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1e3;
    }

    /** What each stage measures, in the words of a table row. */
    public static String meaning(Stage s) {
        return switch (s) {
            case SESSION -> "frame read -> handed to the PCE";
            case QUEUE_WAIT -> "waiting for a worker";
            case COMPUTE -> "path computation + reply built";
            case REPLY -> "reply built -> written to the socket";
            case TOTAL -> "frame read -> reply written";
        };
    }

    /** The table: one row per stage, count and p50/p90/p99/max in µs. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  %-10s %-32s %10s %9s %9s %9s %9s%n", "stage", "", "count", "p50", "p90",
                "p99", "max"));
        for (Stage s : Stage.values()) {
            b.append(String.format(Locale.ROOT, "  %-10s %-32s %,10d %9.1f %9.1f %9.1f %9.1f%n", s.key(), meaning(s),
                    count(s), micros(s, 50), micros(s, 90), micros(s, 99), maxMicros(s)));
        }
        return b.toString();
    }
}
