package org.pathwise.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Wireshark's PCEP dissector over messages (text2pcap + tshark), when installed. */
final class Tshark {
    private Tshark() {}

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/tshark")) && Files.isExecutable(Path.of("/usr/bin/text2pcap"));
    }

    /** One line per message: "message-type TAB malformed TAB expert messages", as tshark reports them. */
    static List<String> dissect(List<byte[]> messages, Path dir) throws IOException, InterruptedException {
        StringBuilder hex = new StringBuilder();
        for (byte[] m : messages) {
            for (int i = 0; i < m.length; i += 16) {
                hex.append(String.format("%06x", i));
                for (int j = i; j < Math.min(m.length, i + 16); j++) {
                    hex.append(String.format(" %02x", m[j]));
                }
                hex.append('\n');
            }
        }
        Path text = dir.resolve("pcep.txt");
        Path pcap = dir.resolve("pcep.pcap");
        Files.writeString(text, hex);
        run(List.of("text2pcap", "-q", "-4", "127.0.0.1,127.0.0.2", "-T", "4189,40000", text.toString(), pcap.toString()));
        String out = run(List.of("tshark", "-r", pcap.toString(), "-T", "fields", "-E", "occurrence=a", "-e",
                "pcep.msg", "-e", "_ws.malformed", "-e", "_ws.expert.message"));
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
