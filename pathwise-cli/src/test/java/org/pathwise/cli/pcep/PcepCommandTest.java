package org.pathwise.cli.pcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.cli.PathwiseCommand;

/** {@code pathwise pcep decode | pathwise pcep encode} gives back the input bytes. */
class PcepCommandTest {
    /** FRR 8.4.4's Open, a Keepalive and its state-sync PCRpt, as one captured stream. */
    static final String FRR_STREAM = "2001002801100024201e78000010000400000005002200100000000101000000001a000400000004"
            + "20020004"
            + "200a0060211200140000000000000000001c0004000000012012003400001042001200107f000001000000007f000001"
            + "0202020200110008504f4c312d435031ffe10006000000fa00000000071200142408000903e8a0002408000903e9e000";

    record Run(int status, String out) {}

    private static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = PathwiseCommand.newCommandLine().execute(args);
            return new Run(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }

    @Test
    void decodeThenEncodeReproducesTheBytes(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("frr.bin");
        Files.write(bin, java.util.HexFormat.of().parseHex(FRR_STREAM));
        Run decoded = run("", "pcep", "decode", "--file", bin.toString());
        assertThat(decoded.status()).isZero();
        assertThat(decoded.out()).contains("\"message\" : \"PCRpt\"", "\"tlv\" : \"SYMBOLIC-PATH-NAME\"",
                "\"subobject\" : \"SR\"");
        Run encoded = run(decoded.out(), "pcep", "encode", "--joined");
        assertThat(encoded.status()).isZero();
        assertThat(encoded.out().trim()).isEqualTo(FRR_STREAM);
    }

    @Test
    void hexOnStdinAndOneLinePerMessage() {
        Run decoded = run("20 02 00 04\n20020004\n", "pcep", "decode", "--compact");
        assertThat(decoded.out().lines()).hasSize(2).allMatch(l -> l.contains("\"message\":\"Keepalive\""));
        assertThat(run(decoded.out(), "pcep", "encode").out().lines()).containsExactly("20020004", "20020004");
    }

    @Test
    void malformedMessageReportsTypeValueAndOffset() {
        Run r = run("", "pcep", "decode", "--compact", "20030010", "04120 00c0a0000010a000002".replace(" ", ""));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("\"errorType\":6", "\"errorValue\":1", "\"offset\":4");
    }
}
