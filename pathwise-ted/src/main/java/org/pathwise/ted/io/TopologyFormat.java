package org.pathwise.ted.io;

import java.util.Locale;

/** The topology file formats Pathwise reads, and (JSON, YAML) writes. */
public enum TopologyFormat {
    /** Pathwise's own format, JSON syntax (.json). */
    JSON(true, ".json"),
    /** Pathwise's own format, YAML syntax (.yaml, .yml). */
    YAML(true, ".yaml", ".yml"),
    /** SNDlib 1.0 native format (.txt). */
    SNDLIB(false, ".txt"),
    /** Topology Zoo GML (.gml). */
    GML(false, ".gml"),
    /** Topology Zoo GraphML (.graphml). */
    GRAPHML(false, ".graphml"),
    /** Net2Plan (.n2p). */
    NET2PLAN(false, ".n2p");

    private final boolean writable;
    private final String[] extensions;

    TopologyFormat(boolean writable, String... extensions) {
        this.writable = writable;
        this.extensions = extensions;
    }

    public boolean writable() {
        return writable;
    }

    /** The format a file name's extension names, or null. */
    public static TopologyFormat byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (TopologyFormat f : values()) {
            for (String e : f.extensions) {
                if (lower.endsWith(e)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The format the first characters of a file look like, or null. */
    public static TopologyFormat byContent(String head) {
        String h = head.stripLeading();
        if (h.startsWith("?SNDlib") || h.startsWith("NODES (") || h.startsWith("NODES(")) {
            return SNDLIB;
        }
        if (h.startsWith("{")) {
            return JSON;
        }
        if (h.startsWith("graph") && h.substring(5).stripLeading().startsWith("[")) {
            return GML;
        }
        if (h.startsWith("<")) {
            if (h.contains("<graphml")) {
                return GRAPHML;
            }
            if (h.contains("<network")) {
                return NET2PLAN;
            }
            return null;
        }
        if (h.startsWith("format:") || h.startsWith("nodes:") || h.startsWith("name:") || h.startsWith("---")) {
            return YAML;
        }
        return null;
    }

    /** Extensions, for error messages: ".json, .yaml, ...". */
    public static String supportedExtensions() {
        StringBuilder s = new StringBuilder();
        for (TopologyFormat f : values()) {
            for (String e : f.extensions) {
                s.append(s.isEmpty() ? "" : ", ").append(e);
            }
        }
        return s.toString();
    }
}
