package org.pathwise.pcep.tlv;

/** DISJOINTNESS-STATUS (type 47; RFC 8800 §5.3): the disjointness achieved, same flags as the configuration. */
public record DisjointnessStatusTlv(boolean linkDiverse, boolean nodeDiverse, boolean srlgDiverse,
        boolean shortestPath, boolean strict) implements Tlv {}
