package org.pathwise.cli.pcep;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.json.PcepJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pathwise pcep decode}: PCEP bytes (hex arguments, a file of hex or raw binary, or stdin)
 * to one JSON document per message. Exit status 0 when every message decoded, 1 when any was
 * malformed (its JSON then carries the error), 2 for unusable input.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode PCEP messages to JSON, one document per message.",
                "Input: hex on the command line, --file with raw binary or hex text, or stdin."})
public final class PcepDecodeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "HEX", description = "Message bytes in hex (may be split across arguments).")
    List<String> hex;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the bytes from FILE (raw binary or hex text).")
    Path file;

    @Option(names = "--compact", description = "One JSON document per line instead of pretty-printed.")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        byte[] stream;
        try {
            if (hex != null && !hex.isEmpty()) {
                stream = WireInput.parse(String.join("", hex).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        "command line");
            } else if (file != null) {
                stream = WireInput.parse(WireInput.read(file), file.toString());
            } else {
                stream = WireInput.parse(WireInput.read(System.in), "stdin");
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("pathwise pcep decode: " + e.getMessage());
            return 2;
        }
        if (stream.length == 0) {
            System.err.println("pathwise pcep decode: no bytes to decode (give hex, --file FILE, or pipe bytes in)");
            return 2;
        }
        PcepCodec codec = PcepCodec.standard();
        PcepJson json = new PcepJson(codec);
        var writer = compact ? json.mapper().writer() : json.mapper().writer(SerializationFeature.INDENT_OUTPUT);
        int status = 0;
        int offset = 0;
        for (byte[] message : WireInput.split(stream)) {
            DecodeResult result = codec.decode(message);
            ObjectNode node = switch (result) {
                case DecodeResult.Decoded d -> json.toJson(d.message());
                case DecodeResult.Failed f -> {
                    status = 1;
                    ObjectNode n = json.toJson(f.error());
                    n.put("hex", HexFormat.of().formatHex(message));
                    yield n;
                }
            };
            ObjectNode doc = json.mapper().createObjectNode();
            doc.put("offset", offset);
            doc.put("length", message.length);
            doc.setAll(node);
            out.println(writer.writeValueAsString(doc));
            offset += message.length;
        }
        return status;
    }
}
