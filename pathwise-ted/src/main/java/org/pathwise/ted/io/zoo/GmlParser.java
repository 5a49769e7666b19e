package org.pathwise.ted.io.zoo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.ted.TopologyException;

/**
 * GML (Himsolt's Graph Modelling Language) as the Topology Zoo writes it:
 * {@code graph [ key value … node [ … ] edge [ … ] ]}, values being integers, reals, quoted strings
 * (no escapes; HTML entities such as {@code &amp;} decoded) or bracketed lists. Lines starting with
 * '#' are comments. Brackets inside strings are text (some Zoo labels contain them).
 *
 * <p>GML allows a key to repeat; where a key this importer relies on repeats in one node or edge
 * with a different value, the file is ambiguous and is rejected naming both lines.
 */
final class GmlParser {

    /** The attributes whose meaning an importer relies on; repeating one ambiguously is an error. */
    private static final Set<String> SIGNIFICANT = Set.of("id", "label", "source", "target", "Latitude", "Longitude",
            "LinkSpeed", "LinkSpeedUnits", "LinkSpeedRaw", "LinkLabel", "LinkType", "directed");

    private record Entry(String key, Object value, int line, int column) {
    }

    private final String text;
    private final String fileName;
    private int pos;
    private int line = 1;
    private int lineStart;

    private GmlParser(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
    }

    static ZooGraph parse(String text, String fileName) {
        GmlParser p = new GmlParser(text, fileName);
        List<Entry> top = p.list(false);
        Entry graph = top.stream().filter(e -> e.key.equals("graph")).findFirst()
                .orElseThrow(() -> TopologyException.at(fileName, 1, 0, "no 'graph [ … ]' block; is this a GML file?"));
        if (!(graph.value instanceof List<?>)) {
            throw TopologyException.at(fileName, graph.line, graph.column, "'graph' must be followed by '[ … ]'");
        }
        return p.graph(entries(graph.value));
    }

    private ZooGraph graph(List<Entry> entries) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<ZooGraph.ZooNode> nodes = new ArrayList<>();
        List<ZooGraph.ZooEdge> edges = new ArrayList<>();
        for (Entry e : entries) {
            switch (e.key) {
                case "node" -> {
                    Map<String, Object> a = attributes(e, "node");
                    Object id = a.get("id");
                    if (id == null) {
                        throw TopologyException.at(fileName, e.line, e.column, "node without an 'id'");
                    }
                    nodes.add(new ZooGraph.ZooNode(key(id), a, e.line));
                }
                case "edge" -> {
                    Map<String, Object> a = attributes(e, "edge");
                    if (a.get("source") == null || a.get("target") == null) {
                        throw TopologyException.at(fileName, e.line, e.column, "edge without 'source' and 'target'");
                    }
                    edges.add(new ZooGraph.ZooEdge(key(a.get("source")), key(a.get("target")), a, e.line));
                }
                default -> attributes.putIfAbsent(e.key, e.value);
            }
        }
        Object directed = attributes.get("directed");
        return new ZooGraph(fileName, attributes, directed instanceof Number n && n.intValue() == 1, nodes, edges);
    }

    /** A node or edge block's scalar attributes; nested lists (e.g. graphics) are skipped. */
    private Map<String, Object> attributes(Entry block, String what) {
        if (!(block.value instanceof List<?>)) {
            throw TopologyException.at(fileName, block.line, block.column, "'" + what + "' must be followed by '[ … ]'");
        }
        Map<String, Object> a = new LinkedHashMap<>();
        Map<String, Entry> firstSeen = new HashMap<>();
        for (Entry e : entries(block.value)) {
            if (e.value instanceof List<?>) {
                continue;
            }
            Entry first = firstSeen.putIfAbsent(e.key, e);
            if (first == null) {
                a.put(e.key, e.value);
            } else if (SIGNIFICANT.contains(e.key) && !first.value.equals(e.value)) {
                throw TopologyException.at(fileName, e.line, e.column, what + " has '" + e.key + "' twice with different values ("
                        + first.value + " at line " + first.line + ", " + e.value + " here); keep one");
            }
        }
        return a;
    }

    private static String key(Object id) {
        if (id instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return id.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(Object list) {
        return (List<Entry>) list;
    }

    // Lexing and parsing: list := (key value)* ; value := number | string | '[' list ']'.

    private List<Entry> list(boolean nested) {
        List<Entry> entries = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                if (nested) {
                    throw error("unexpected end of file: a '[' is never closed");
                }
                return entries;
            }
            char c = text.charAt(pos);
            if (c == ']') {
                if (!nested) {
                    throw error("']' without a matching '['");
                }
                pos++;
                return entries;
            }
            int keyLine = line;
            int keyColumn = pos - lineStart + 1;
            String key = word();
            skipSpaceAndComments();
            entries.add(new Entry(key, value(key), keyLine, keyColumn));
        }
    }

    private Object value(String key) {
        if (pos >= text.length()) {
            throw error("key '" + key + "' has no value");
        }
        char c = text.charAt(pos);
        if (c == '[') {
            pos++;
            return list(true);
        }
        if (c == '"') {
            int startLine = line;
            int start = ++pos;
            while (pos < text.length() && text.charAt(pos) != '"') {
                if (text.charAt(pos) == '\n') {
                    newLine();
                }
                pos++;
            }
            if (pos >= text.length()) {
                throw TopologyException.at(fileName, startLine, 0, "string for '" + key + "' is never closed (missing '\"')");
            }
            return HtmlEntities.decode(text.substring(start, pos++));
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ']' && text.charAt(pos) != '[') {
            pos++;
        }
        String number = text.substring(start, pos);
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("value of '" + key + "' must be a number, a \"string\" or a [ list ] (found '" + number + "')");
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a key but found '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                newLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') { // a comment runs to the end of the line
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private TopologyException error(String problem) {
        return TopologyException.at(fileName, line, pos - lineStart + 1, problem);
    }
}
