package org.pathwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathwise.cli.PathwiseCommand;

class BenchSessionsCommandTest {

    @Test
    void moreSessionsThanFileDescriptorsIsRefusedUpFrontWithTheFix() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = PathwiseCommand.newCommandLine().execute("bench", "sessions", "--count", "100000000");
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .startsWith("pathwise bench sessions: the PCE needs one file descriptor per session: 100000000 sessions + ")
                .contains("raise it ('ulimit -n ")
                .contains("or lower --count to ");
    }

    @Test
    void theVerbIsRegistered() {
        assertThat(PathwiseCommand.newCommandLine().getSubcommands().get("bench").getSubcommands()).containsKey("sessions");
    }
}
