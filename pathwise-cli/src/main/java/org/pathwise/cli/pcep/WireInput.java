package org.pathwise.cli.pcep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads PCEP bytes given as hex text or raw binary, and splits them into messages. */
final class WireInput {
    private WireInput() {}

    /** Hex text (whitespace, ':' and "0x" allowed) if it looks like it, otherwise the raw bytes. */
    static byte[] parse(byte[] content, String source) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String stripped = text.replaceAll("(?m)#.*$", "").replaceAll("0x", "").replaceAll("[\\s:,]", "");
        if (!stripped.isEmpty() && stripped.matches("[0-9a-fA-F]+")) {
            if (stripped.length() % 2 != 0) {
                throw new IllegalArgumentException(source + ": odd number of hex digits (" + stripped.length()
                        + "); each byte needs two");
            }
            return HexFormat.of().parseHex(stripped);
        }
        return content;
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /**
     * Splits a byte stream on the common header's length field (RFC 5440 §6.1). A message whose
     * length field is unusable (under 4, or past the end) takes the rest of the stream, so the
     * decoder reports it.
     */
    static List<byte[]> split(byte[] stream) {
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int left = stream.length - at;
            int length = left >= 4 ? (stream[at + 2] & 0xff) << 8 | (stream[at + 3] & 0xff) : left;
            if (length < 4 || length > left) {
                length = left;
            }
            out.add(java.util.Arrays.copyOfRange(stream, at, at + length));
            at += length;
        }
        return out;
    }
}
