package org.pathwise.pcc.emulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The final report of a load run, as an aligned table for people and as JSON for scripts.
 * Latencies are from each request's intended send time to its answer, in microseconds.
 *
 * @param pce the PCE address
 * @param sessions emulated PCCs
 * @param pacing e.g. {@code poisson 5,000/s}
 * @param constraints the constraint mix
 * @param demands where demands came from
 * @param seed the seed that reproduces the run
 * @param durationSeconds how long requests were released
 * @param sent messages sent (a disjoint pair is one message)
 * @param answered messages answered, including errors and timeouts
 * @param offeredRate sent per second
 * @param achievedRate answered within the release window, per second
 */
public record LoadReport(String pce, int sessions, String pacing, String constraints, String demands, long seed,
        double durationSeconds, long sent, long answered, long paths, long noPaths, long overloaded, long errors,
        long timeouts, long unanswered, double offeredRate, double achievedRate, Latency latency,
        List<KindRow> byKind) {

    /** Latency distribution in microseconds. */
    public record Latency(long count, double mean, double p50, double p90, double p99, double p999, double max) {
        static Latency of(Histogram h) {
            if (h.getTotalCount() == 0) {
                return new Latency(0, 0, 0, 0, 0, 0, 0);
            }
            return new Latency(h.getTotalCount(), Numbers.micros(h.getMean()),
                    Numbers.micros(h.getValueAtPercentile(50)), Numbers.micros(h.getValueAtPercentile(90)),
                    Numbers.micros(h.getValueAtPercentile(99)), Numbers.micros(h.getValueAtPercentile(99.9)),
                    Numbers.micros(h.getMaxValue()));
        }
    }

    /** Outcomes of one request kind. */
    public record KindRow(String kind, long answered, long paths, long noPaths, long overloaded, long errors,
            long timeouts) {
    }

    /** Builds the report of a finished run. */
    public static LoadReport of(LoadResult result, String pce, int sessions, LoadSettings settings, ConstraintMix mix,
            String demands) {
        LoadCounters c = result.counters();
        Histogram all = c.view().cumulative();
        double seconds = result.windowNanos() / 1e9;
        List<KindRow> rows = new ArrayList<>();
        for (RequestKind k : RequestKind.values()) {
            long answered = 0;
            for (Outcome o : Outcome.values()) {
                answered += c.count(k, o);
            }
            if (answered > 0) {
                rows.add(new KindRow(k.key(), answered, c.count(k, Outcome.PATH), c.count(k, Outcome.NO_PATH),
                        c.count(k, Outcome.OVERLOADED), c.count(k, Outcome.ERROR), c.count(k, Outcome.TIMEOUT)));
            }
        }
        return new LoadReport(pce, sessions, settings.pacing().describe(), mix.toString(), demands, settings.seed(),
                seconds, c.sentCount(), c.answeredCount(), c.count(Outcome.PATH), c.count(Outcome.NO_PATH),
                c.count(Outcome.OVERLOADED), c.count(Outcome.ERROR), c.count(Outcome.TIMEOUT), result.unanswered(),
                c.sentCount() / seconds, result.answeredInWindow() / seconds, Latency.of(all), List.copyOf(rows));
    }

    /** The table people read. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d sessions -> %s, %s for %.1f s, seed %d%n", sessions, pce, pacing,
                durationSeconds, seed));
        b.append(String.format(Locale.ROOT, "constraints %s; demands %s%n%n", constraints, demands));
        b.append(String.format(Locale.ROOT, "  %-20s %12s %10s%n", "messages", "count", "per second"));
        row(b, "sent", sent, offeredRate);
        row(b, "answered in window", Math.round(achievedRate * durationSeconds), achievedRate);
        row(b, "  path", paths, -1);
        row(b, "  no path", noPaths, -1);
        row(b, "  shed by PCE", overloaded, -1);
        row(b, "  error", errors, -1);
        row(b, "  timeout", timeouts, -1);
        row(b, "never answered", unanswered, -1);
        b.append(String.format(Locale.ROOT, "%n  latency from intended send (µs)%n"));
        b.append(String.format(Locale.ROOT, "  %10s %10s %10s %10s %10s %10s %10s%n", "count", "mean", "p50", "p90",
                "p99", "p99.9", "max"));
        b.append(String.format(Locale.ROOT, "  %,10d %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f%n", latency.count,
                latency.mean, latency.p50, latency.p90, latency.p99, latency.p999, latency.max));
        if (!byKind.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%n  %-12s %10s %10s %10s %8s %8s %8s%n", "kind", "answered", "path",
                    "no path", "shed", "error", "timeout"));
            for (KindRow r : byKind) {
                b.append(String.format(Locale.ROOT, "  %-12s %,10d %,10d %,10d %,8d %,8d %,8d%n", r.kind, r.answered, r.paths,
                        r.noPaths, r.overloaded, r.errors, r.timeouts));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, long count, double rate) {
        if (rate < 0) {
            b.append(String.format(Locale.ROOT, "  %-20s %,12d%n", label, count));
        } else {
            b.append(String.format(Locale.ROOT, "  %-20s %,12d %10s%n", label, count, Numbers.rate(rate)));
        }
    }

    /** The JSON scripts read (field names as in this record). */
    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of numbers and strings always serialises", e);
        }
    }
}
