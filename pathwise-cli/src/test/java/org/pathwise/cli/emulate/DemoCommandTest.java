package org.pathwise.cli.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwise.cli.PathwiseCommand;

/** {@code pathwise demo} for 2 s: every section is there, paths came back, nothing is left running. */
class DemoCommandTest {

    @Test
    void aShortDemoPrintsEverySectionAndLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            status = PathwiseCommand.newCommandLine().execute("demo", "--duration", "2s", "--warmup", "0",
                    "--sessions", "20", "--rate", "300");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertThat(status).isZero();
        assertThat(out).contains("Pathwise demo: a PCE and 20 emulated routers", "topology  GEANT", "CC BY 4.0",
                "20 Up in", "What the PCCs saw", "Sample computed paths", "Time inside the PCE, per stage",
                "Where to go next", "./pathwise pcc emulate");
        for (String stage : new String[] {"session ", "queue-wait", "compute ", "reply ", "total "}) {
            assertThat(out).containsPattern("(?m)^  " + stage + ".*\\d");
        }
        Matcher paths = Pattern.compile("(?m)^      path +([\\d,]+)$").matcher(out);
        assertThat(paths.find()).as("a 'path' count line").isTrue();
        assertThat(Long.parseLong(paths.group(1).replace(",", ""))).isPositive();
        assertThat(out).containsPattern("(?m)^  shortest .* to .*answered in");
        assertThat(out).contains(" → ");

        // Every thread the demo started ends (JDK-wide daemons such as the CompletableFuture delayer
        // may stay; Netty's global executor quits by itself after a second idle).
        Set<String> left = leftOver(before);
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = leftOver(before);
        }
        assertThat(left).isEmpty();
    }

    private static Set<String> leftOver(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .filter(t -> !t.isDaemon() || t.getName().startsWith("pcep") || t.getName().startsWith("pathwise"))
                .map(Thread::getName).collect(Collectors.toSet());
    }
}
