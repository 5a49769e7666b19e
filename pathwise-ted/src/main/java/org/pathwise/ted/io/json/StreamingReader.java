package org.pathwise.ted.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.TopologyDocument;

/**
 * The fast path of {@link PathwiseReader}: reads the document from the token stream, turning each
 * element of {@code nodes} and {@code links} into a small tree, then into the model, then dropping
 * it. Memory stays proportional to the topology, not to the text; a 200,000-link file is never held
 * as a tree of millions of values (which cost more in garbage collection than in parsing).
 *
 * <p>It only ever answers for valid documents whose links come after their nodes and defaults.
 * On any error or any other order it answers null and the whole-tree reader takes over, which
 * reports problems with the exact position and precedence the format has always had.
 */
final class StreamingReader {

    private final String fileName;
    private final Values v;
    private final TreeReader trees;

    private StreamingReader(JsonFactory factory, String fileName) {
        this.fileName = fileName;
        this.v = new Values(fileName);
        this.trees = new TreeReader(factory, fileName);
    }

    /** The document, or null when it is not valid or its keys are not in the order streaming needs. */
    static TopologyDocument read(JsonFactory factory, String text, String fileName) {
        try (JsonParser p = factory.createParser(text)) {
            return new StreamingReader(factory, fileName).read(p);
        } catch (IOException | TopologyException e) {
            return null; // the whole-tree reader will report it, exactly
        }
    }

    private TopologyDocument read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Tree.Pos rootPos = TreeReader.pos(p.currentTokenLocation());
        Set<String> seen = new HashSet<>();
        Map<String, Tree> top = new HashMap<>();
        ElementReader elements = new ElementReader(v);
        TopologyBuilder b = TopologyBuilder.create();
        boolean nodesRead = false;
        boolean linksRead = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (!PathwiseFormat.TOP_KEYS.contains(key) || !seen.add(key)) {
                return null;
            }
            JsonToken value = p.nextToken();
            switch (key) {
                case "nodes" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        b.addNode(elements.addNode(trees.value(p)));
                    }
                    nodesRead = true;
                }
                case "links" -> {
                    if (!nodesRead || value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    elements.defaults(top.get("defaults"), rootPos);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        // Duplicate link ids need no map here: the builder rejects them, and then
                        // the whole-tree reader names the first occurrence's line.
                        PathwiseReader.add(b, elements.link(v.object(trees.value(p), "a link")));
                    }
                    linksRead = true;
                }
                default -> {
                    if (key.equals("defaults") && linksRead) {
                        return null;
                    }
                    top.put(key, trees.value(p));
                }
            }
        }
        if (p.nextToken() != null || !nodesRead) {
            return null;
        }
        Tree format = top.get("format");
        if (format != null && !PathwiseFormat.FORMAT.equals(v.string(format, "format"))) {
            return null;
        }
        if (!linksRead) {
            elements.defaults(top.get("defaults"), rootPos);
        }
        return new TopologyDocument(PathwiseReader.build(b, fileName), text(top, "name"), text(top, "description"),
                text(top, "attribution"));
    }

    private String text(Map<String, Tree> top, String key) {
        return top.get(key) == null ? null : v.string(top.get(key), key);
    }
}
