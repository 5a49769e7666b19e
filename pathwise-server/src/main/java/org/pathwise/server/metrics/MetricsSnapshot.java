package org.pathwise.server.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * The server's counters and per-stage latencies at one moment (since start). Print it with
 * {@link #toTable()} or {@link #toJson()}.
 *
 * @param requests requests received (each RP of each PCReq)
 * @param replied requests answered with a path or NO-PATH
 * @param noPath of those, NO-PATH answers
 * @param rejected requests answered with PCErr
 * @param overloadRejected requests refused because the queue was full (NO-PATH, PCE unavailable)
 * @param cancelledByPcc requests the PCC cancelled (PCNtf 1/1) before their reply
 * @param cancelledByPce requests the PCE cancelled (PCNtf 1/2): too long in the queue, or shutdown
 * @param overloadEpisodes times the queue filled up (PCNtf 2/1 sent)
 * @param queued requests waiting now
 * @param queueCapacity the queue bound
 * @param workers compute threads now
 * @param sessions sessions now
 * @param tedVersion version of the TED snapshot in use
 */
public record MetricsSnapshot(long requests, long replied, long noPath, long rejected, long overloadRejected,
        long cancelledByPcc, long cancelledByPce, long overloadEpisodes, int queued, int queueCapacity, int workers,
        int sessions, long tedVersion, List<StageSummary> stages) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public MetricsSnapshot {
        stages = List.copyOf(stages);
    }

    public StageSummary stage(Stage stage) {
        return stages.get(stage.ordinal());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of numbers always serialises", e);
        }
    }

    /** A fixed-width table, one line per stage, for terminals. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("requests %d  replied %d (no-path %d)  pcerr %d  overload-refused %d  cancelled pcc/pce %d/%d%n",
                requests, replied, noPath, rejected, overloadRejected, cancelledByPcc, cancelledByPce));
        b.append(String.format("queue %d/%d  workers %d  sessions %d  ted v%d  overload episodes %d%n",
                queued, queueCapacity, workers, sessions, tedVersion, overloadEpisodes));
        b.append(String.format("%-11s %9s %9s %9s %9s %9s %9s %9s%n", "stage (µs)", "count", "mean", "p50", "p90", "p99",
                "p99.9", "max"));
        for (StageSummary s : stages) {
            b.append(String.format("%-11s %9d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", s.stage(), s.count(), s.meanMicros(),
                    s.p50Micros(), s.p90Micros(), s.p99Micros(), s.p999Micros(), s.maxMicros()));
        }
        return b.toString();
    }
}
