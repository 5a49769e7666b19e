package org.pathwise.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Wireshark's PCEP dissector as an independent decode check of bytes Pathwise sent. */
public final class Tshark {
    private Tshark() {}

    public static String unavailable() {
        for (String tool : List.of("/usr/bin/tshark", "/usr/bin/text2pcap")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return tool + " is not installed (apt-get install -y tshark; .ci/run does it)";
            }
        }
        return null;
    }

    /**
     * Wraps each message in its own TCP packet from port 4189 (text2pcap) and returns one line per
     * packet: {@code pcep.msg <TAB> _ws.malformed <TAB> _ws.expert.message}.
     */
    public static List<String> dissect(List<byte[]> messages, Path dir) throws IOException, InterruptedException {
        StringBuilder dump = new StringBuilder();
        for (byte[] m : messages) {
            for (int off = 0; off < m.length; off += 16) {
                dump.append(String.format("%06x", off));
                for (int i = off; i < Math.min(off + 16, m.length); i++) {
                    dump.append(String.format(" %02x", m[i] & 0xff));
                }
                dump.append('\n');
            }
        }
        Path text = dir.resolve("sent.txt");
        Path pcap = dir.resolve("sent.pcap");
        Files.writeString(text, dump);
        run(List.of("text2pcap", "-q", "-4", "127.0.0.1,127.0.0.1", "-T", "4189,40189", text.toString(),
                pcap.toString()));
        String out = run(List.of("tshark", "-r", pcap.toString(), "-d", "tcp.port==4189,pcep", "-T", "fields",
                "-E", "occurrence=a", "-e", "pcep.msg", "-e", "_ws.malformed", "-e", "_ws.expert.message"));
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
        return out;
    }
}
