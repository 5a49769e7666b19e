package org.pathwise.pcc.emulate;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The live tallies of a load run. Recording is wait-free from any thread (LongAdder,
 * HdrHistogram {@link Recorder}); {@link #view} folds the latencies recorded since its last call
 * into a cumulative histogram and is meant for one reader at a time (the progress printer, then
 * the final report).
 */
public final class LoadCounters {
    /** Latencies from 1 µs-ish resolution up to one hour, 3 significant digits. */
    static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private final LongAdder sent = new LongAdder();
    private final LongAdder[][] outcomes = new LongAdder[RequestKind.values().length][Outcome.values().length];
    private final Recorder recorder = new Recorder(HIGHEST_NANOS, 3);
    private final Histogram total = new Histogram(HIGHEST_NANOS, 3);
    private final AtomicReferenceArray<Sample> samples = new AtomicReferenceArray<>(RequestKind.values().length);
    private Histogram interval;

    public LoadCounters() {
        for (LongAdder[] row : outcomes) {
            for (int o = 0; o < row.length; o++) {
                row[o] = new LongAdder();
            }
        }
    }

    /** One message sent. */
    public void sent() {
        sent.increment();
    }

    /** One message answered (or given up on) {@code latencyNanos} after its intended send time. */
    public void answered(RequestKind kind, Outcome outcome, long latencyNanos) {
        outcomes[kind.ordinal()][outcome.ordinal()].increment();
        recorder.recordValue(Math.min(Math.max(latencyNanos, 0), HIGHEST_NANOS));
    }

    /** Keeps the latest answered example of each kind, for reports that show what came back. */
    public void offerSample(Sample sample) {
        samples.lazySet(sample.kind().ordinal(), sample);
    }

    public Sample sample(RequestKind kind) {
        return samples.get(kind.ordinal());
    }

    public long sentCount() {
        return sent.sum();
    }

    public long count(Outcome outcome) {
        long n = 0;
        for (LongAdder[] row : outcomes) {
            n += row[outcome.ordinal()].sum();
        }
        return n;
    }

    public long count(RequestKind kind, Outcome outcome) {
        return outcomes[kind.ordinal()][outcome.ordinal()].sum();
    }

    public long answeredCount() {
        long n = 0;
        for (Outcome o : Outcome.values()) {
            n += count(o);
        }
        return n;
    }

    /** The latencies since the previous view, and all of them so far. */
    public synchronized View view() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return new View(interval.copy(), total.copy());
    }

    /** Latency distributions in nanoseconds. */
    public record View(Histogram sinceLast, Histogram cumulative) {
    }
}
