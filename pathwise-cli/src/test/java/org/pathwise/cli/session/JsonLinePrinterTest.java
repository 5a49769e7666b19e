package org.pathwise.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bounded printer behind {@code serve --messages} and {@code pcc session}. Lines are queued
 * before the printer thread starts, so what is dropped does not depend on timing.
 */
class JsonLinePrinterTest {
    private final SessionJson json = new SessionJson();

    private static List<JsonNode> lines(ByteArrayOutputStream out) {
        ObjectMapper mapper = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    private JsonLinePrinter printer(ByteArrayOutputStream out, int capacity) {
        // An interval no run reaches: the count is reported when the printer has caught up, or on close.
        return new JsonLinePrinter(new PrintStream(out, true, StandardCharsets.UTF_8), json, capacity, Long.MAX_VALUE);
    }

    private void message(JsonLinePrinter p, int n, boolean expectQueued) {
        boolean queued = p.message(() -> json.event("m" + n, null));
        assertThat(queued).as("message %d queued", n).isEqualTo(expectQueued);
    }

    @Test
    void beyondTheCapacityMessageLinesAreDroppedCountedAndReportedButEventsNever() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinePrinter p = printer(out, 3);
        p.event(() -> json.event("up", null));
        for (int i = 1; i <= 3; i++) {
            message(p, i, true);
        }
        for (int i = 4; i <= 10; i++) {
            message(p, i, false);
        }
        p.event(() -> json.event("down", null)); // a session event is queued even with the queue full
        p.start();
        p.close();

        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("event").asText())
                .containsExactly("up", "m1", "m2", "m3", "down", "dropped");
        JsonNode dropped = lines.get(5);
        assertThat(dropped.get("lines").asLong()).isEqualTo(7);
        assertThat(dropped.get("capacity").asInt()).isEqualTo(3);
        assertThat(dropped.has("time")).isTrue();
        assertThat(dropped.size()).as("time, event, lines, capacity").isEqualTo(4);
    }

    @Test
    void aPrintedLineFreesItsPlace() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinePrinter p = printer(out, 1);
        message(p, 1, true);
        message(p, 2, false);
        CountDownLatch m1Printed = new CountDownLatch(1);
        p.event(() -> {
            m1Printed.countDown(); // lines print in order: m1 is out when this one is rendered
            return json.event("mark", null);
        });
        p.start();
        assertThat(m1Printed.await(30, TimeUnit.SECONDS)).isTrue();
        message(p, 3, true);
        p.close();

        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("event").asText()).filteredOn(e -> !e.equals("dropped"))
                .containsExactly("m1", "mark", "m3");
        assertThat(lines).filteredOn(l -> l.get("event").asText().equals("dropped"))
                .extracting(l -> l.get("lines").asLong()).as("m2, reported once").containsExactly(1L);
    }

    @Test
    void noDropsNoDroppedLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinePrinter p = printer(out, 2);
        message(p, 1, true);
        message(p, 2, true);
        p.start();
        p.close();
        assertThat(lines(out)).extracting(l -> l.get("event").asText()).containsExactly("m1", "m2");
    }
}
