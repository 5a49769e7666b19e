package org.pathwise.server.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Live counters and one HdrHistogram per {@link Stage}. Recording is wait-free from any thread
 * (HdrHistogram {@link Recorder}); {@link #snapshot} folds what was recorded since the last call
 * into cumulative histograms under a lock only readers take.
 */
public final class ServerMetrics {
    /** Latencies are tracked from 1 ns to 1 h with 3 significant digits. */
    private static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private final Recorder[] recorders = new Recorder[Stage.values().length];
    private final Histogram[] totals = new Histogram[Stage.values().length];
    private Histogram[] interval = new Histogram[Stage.values().length];

    public final LongAdder requests = new LongAdder();
    public final LongAdder replied = new LongAdder();
    public final LongAdder noPath = new LongAdder();
    public final LongAdder rejected = new LongAdder();
    public final LongAdder overloadRejected = new LongAdder();
    public final LongAdder cancelledByPcc = new LongAdder();
    public final LongAdder cancelledByPce = new LongAdder();
    public final LongAdder overloadEpisodes = new LongAdder();

    public ServerMetrics() {
        for (int i = 0; i < recorders.length; i++) {
            recorders[i] = new Recorder(HIGHEST_NANOS, 3);
            totals[i] = new Histogram(HIGHEST_NANOS, 3);
        }
    }

    /** Records {@code nanos} for {@code stage}; negative values (clock skew) count as 0. */
    public void record(Stage stage, long nanos) {
        recorders[stage.ordinal()].recordValue(Math.min(Math.max(nanos, 0), HIGHEST_NANOS));
    }

    /** Mean compute time so far in nanoseconds, 0 before the first request: for overload estimates. */
    public synchronized double meanComputeNanos() {
        fold();
        return totals[Stage.COMPUTE.ordinal()].getMean();
    }

    /** The counters and distributions now; the gauges come from the server. */
    public synchronized MetricsSnapshot snapshot(int queued, int capacity, int workers, int sessions, long tedVersion) {
        fold();
        List<StageSummary> stages = new ArrayList<>(Stage.values().length);
        for (Stage s : Stage.values()) {
            stages.add(StageSummary.of(s, totals[s.ordinal()]));
        }
        return new MetricsSnapshot(requests.sum(), replied.sum(), noPath.sum(), rejected.sum(), overloadRejected.sum(),
                cancelledByPcc.sum(), cancelledByPce.sum(), overloadEpisodes.sum(), queued, capacity, workers, sessions,
                tedVersion, stages);
    }

    /** A copy of one stage's cumulative histogram (for benchmarks that print full distributions). */
    public synchronized Histogram histogram(Stage stage) {
        fold();
        return totals[stage.ordinal()].copy();
    }

    private void fold() {
        for (int i = 0; i < recorders.length; i++) {
            interval[i] = recorders[i].getIntervalHistogram(interval[i]);
            totals[i].add(interval[i]);
        }
    }
}
