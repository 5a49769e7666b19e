package org.pathwise.pcep.tlv;

/**
 * DISJOINTNESS-CONFIGURATION (type 46; RFC 8800 §5.2).
 *
 * @param linkDiverse L
 * @param nodeDiverse N
 * @param srlgDiverse S
 * @param shortestPath P: compute the shortest path for each LSP rather than a joint optimum
 * @param strict T: strict disjointness, no fallback
 */
public record DisjointnessConfigurationTlv(boolean linkDiverse, boolean nodeDiverse, boolean srlgDiverse,
        boolean shortestPath, boolean strict) implements Tlv {}
