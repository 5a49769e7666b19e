package org.pathwise.cli.pcep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.json.PcepJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathwise pcep encode}: the JSON that {@code pcep decode} prints (one or more documents,
 * or an array of them) back to wire bytes, one line of hex per message.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode PCEP messages from JSON (the form `pathwise pcep decode` prints) to hex, one line per message.",
                "Input: --file FILE or stdin."})
public final class PcepEncodeCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "FILE", description = "Read JSON from FILE instead of stdin.")
    Path file;

    @Option(names = "--joined", description = "Print all messages as one hex string instead of one line each.")
    boolean joined;

    @Override
    public Integer call() throws Exception {
        PcepCodec codec = PcepCodec.standard();
        PcepJson json = new PcepJson(codec);
        String source = file == null ? "stdin" : file.toString();
        StringBuilder all = new StringBuilder();
        int index = 0;
        try (InputStream in = file == null ? System.in : Files.newInputStream(file);
                JsonParser parser = json.mapper().getFactory().createParser(in);
                MappingIterator<JsonNode> docs = json.mapper().readValues(parser, JsonNode.class)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                Iterable<JsonNode> messages = doc.isArray() ? doc : java.util.List.of(doc);
                for (JsonNode m : messages) {
                    if (m.has("error")) {
                        System.err.println("pathwise pcep encode: " + source + ": message " + index
                                + " is a decode error, not a message; skipped");
                        index++;
                        continue;
                    }
                    String hex;
                    try {
                        hex = HexFormat.of().formatHex(codec.encode(json.fromJson(m)));
                    } catch (IllegalArgumentException e) {
                        System.err.println("pathwise pcep encode: " + source + ": message " + index + ": " + e.getMessage());
                        return 2;
                    }
                    if (joined) {
                        all.append(hex);
                    } else {
                        System.out.println(hex);
                    }
                    index++;
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            System.err.println("pathwise pcep encode: " + source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
            return 2;
        }
        if (joined) {
            System.out.println(all);
        }
        return 0;
    }
}
