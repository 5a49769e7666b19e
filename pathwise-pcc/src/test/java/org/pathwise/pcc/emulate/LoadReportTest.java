package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static LoadReport report() {
        LoadCounters c = new LoadCounters();
        for (int i = 0; i < 10; i++) {
            c.sent();
        }
        for (int i = 0; i < 7; i++) {
            c.answered(RequestKind.SHORTEST, Outcome.PATH, 100_000); // 100 µs
        }
        c.answered(RequestKind.HOP_LIMIT, Outcome.NO_PATH, 200_000);
        c.answered(RequestKind.HOP_LIMIT, Outcome.ERROR, 300_000);
        LoadResult r = new LoadResult(c, 2_000_000_000L, 8, 1);
        LoadSettings s = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Poisson(5)), Duration.ofSeconds(2),
                Duration.ofSeconds(1), 42);
        return LoadReport.of(r, "127.0.0.1:4189", 3, s, ConstraintMix.parse("shortest=1,hop-limit=1"), "random pairs");
    }

    @Test
    void theTableLinesUpCountsRatesAndLatencies() {
        assertThat(report().toTable()).isEqualTo("""
                3 sessions -> 127.0.0.1:4189, poisson 5/s for 2.0 s, seed 42
                constraints shortest=50,hop-limit=50; demands random pairs

                  messages                    count per second
                  sent                           10          5
                  answered in window              8          4
                    path                          7
                    no path                       1
                    shed by PCE                   0
                    error                         1
                    timeout                       0
                  never answered                  1

                  latency from intended send (µs)
                       count       mean        p50        p90        p99      p99.9        max
                           9      133.3      100.0      300.0      300.0      300.0      300.0

                  kind           answered       path    no path     shed    error  timeout
                  shortest              7          7          0        0        0        0
                  hop-limit             2          0          1        0        1        0
                """);
    }

    @Test
    void theJsonCarriesTheSameNumbers() throws Exception {
        JsonNode j = new ObjectMapper().readTree(report().toJson());
        assertThat(j.get("sent").asLong()).isEqualTo(10);
        assertThat(j.get("paths").asLong()).isEqualTo(7);
        assertThat(j.get("noPaths").asLong()).isEqualTo(1);
        assertThat(j.get("errors").asLong()).isEqualTo(1);
        assertThat(j.get("achievedRate").asDouble()).isEqualTo(4.0);
        assertThat(j.get("latency").get("p50").asDouble()).isEqualTo(100.0);
        assertThat(j.get("byKind").get(1).get("kind").asText()).isEqualTo("hop-limit");
        assertThat(j.get("pacing").asText()).isEqualTo("poisson 5/s");
    }
}
