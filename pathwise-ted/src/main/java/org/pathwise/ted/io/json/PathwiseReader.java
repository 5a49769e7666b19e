package org.pathwise.ted.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.TopologyDocument;

/**
 * Reads Pathwise's own topology format (JSON or YAML; see docs/topology.md). A link is written once
 * and, unless {@code bidirectional: false}, stands for both directions: the forward link keeps the
 * id, the reverse one is {@code id + "/r"} unless {@code reverse.id} says otherwise. Attribute
 * lookup for each direction: its {@code forward}/{@code reverse} block, then the link, then
 * {@code defaults}, then the built-in default.
 *
 * <p>Two passes at most. A valid document with its keys in the usual order (as Pathwise writes
 * them: {@code defaults} and {@code nodes} before {@code links}) is read by {@link StreamingReader}
 * one list element at a time, so a 50 MB file never exists as a tree. Anything else — an error of
 * any kind, or an unusual key order — is read again here as a whole tree, checked in the order the
 * format's errors have always been reported, so every message (file:line:column, and which of
 * several problems comes first) is the same whichever path the document took.
 */
public final class PathwiseReader {

    private final String fileName;
    private final Values v;

    private PathwiseReader(String fileName) {
        this.fileName = fileName;
        this.v = new Values(fileName);
    }

    public static TopologyDocument readJson(Reader in, String fileName) {
        return readJson(text(in, fileName), fileName);
    }

    public static TopologyDocument readYaml(Reader in, String fileName) {
        return readYaml(text(in, fileName), fileName);
    }

    public static TopologyDocument readJson(String text, String fileName) {
        return read(new JsonFactory(), text, fileName);
    }

    public static TopologyDocument readYaml(String text, String fileName) {
        return read(new YAMLFactory(), text, fileName);
    }

    private static TopologyDocument read(JsonFactory factory, String text, String fileName) {
        TopologyDocument streamed = StreamingReader.read(factory, text, fileName);
        return streamed != null ? streamed : readWhole(factory, text, fileName);
    }

    /** The reference path: the whole document as one tree, then checked top-down. */
    static TopologyDocument readWhole(JsonFactory factory, String text, String fileName) {
        Tree document = new TreeReader(factory, fileName).read(new StringReader(text));
        return new PathwiseReader(fileName).read(document);
    }

    private static String text(Reader in, String fileName) {
        try {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        } catch (IOException e) {
            throw new TopologyException(fileName + ": cannot read: " + e.getMessage(), e);
        }
    }

    private TopologyDocument read(Tree document) {
        Tree.Obj root = v.object(document, "the topology document");
        v.onlyKeys(root, PathwiseFormat.TOP_KEYS, "the topology document");
        Tree format = root.get("format");
        if (format != null && !PathwiseFormat.FORMAT.equals(v.string(format, "format"))) {
            throw v.error(format, "format must be '" + PathwiseFormat.FORMAT + "' (got '" + v.string(format, "format") + "')");
        }
        ElementReader elements = new ElementReader(v);
        elements.defaults(root.get("defaults"), root.pos());
        if (root.get("nodes") == null) {
            throw v.error(root, "the topology has no 'nodes' list");
        }
        TopologyBuilder b = TopologyBuilder.create();
        for (Tree t : v.array(root.get("nodes"), "nodes")) {
            b.addNode(elements.addNode(t));
        }
        java.util.Map<String, Tree> linkIds = new java.util.HashMap<>();
        if (root.get("links") != null) {
            for (Tree t : v.array(root.get("links"), "links")) {
                List<Link> directions = elements.link(v.object(t, "a link"));
                for (Link l : directions) {
                    Tree first = linkIds.putIfAbsent(l.id(), t);
                    if (first != null) {
                        throw v.error(t, "duplicate link id '" + l.id() + "' (first at line " + first.pos().line() + ")");
                    }
                }
                add(b, directions);
            }
        }
        return new TopologyDocument(build(b, fileName), optionalText(v, root, "name"), optionalText(v, root, "description"),
                optionalText(v, root, "attribution"));
    }

    static void add(TopologyBuilder b, List<Link> directions) {
        if (directions.size() == 2) {
            b.addBidirectional(directions.get(0), directions.get(1));
        } else {
            b.addLink(directions.get(0));
        }
    }

    static TeSnapshot build(TopologyBuilder b, String fileName) {
        try {
            return b.build();
        } catch (TopologyException e) {
            throw TopologyException.at(fileName, 0, 0, e);
        }
    }

    static String optionalText(Values v, Tree.Obj root, String key) {
        return root.get(key) == null ? null : v.string(root.get(key), key);
    }
}
