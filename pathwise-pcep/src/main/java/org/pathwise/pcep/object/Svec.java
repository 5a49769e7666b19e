package org.pathwise.pcep.object;

import java.util.List;

/**
 * SVEC, synchronization vector (class 11, type 1; RFC 5440 §7.13.2, flags D and P of RFC 8800).
 *
 * @param linkDiverse L
 * @param nodeDiverse N
 * @param srlgDiverse S
 * @param linkDirectionDiverse D (RFC 8800)
 * @param partialDiverse P: partial disjointness allowed (RFC 8800)
 * @param requestIds the synchronized requests
 */
public record Svec(ObjectFlags flags, boolean linkDiverse, boolean nodeDiverse, boolean srlgDiverse,
        boolean linkDirectionDiverse, boolean partialDiverse, List<Long> requestIds) implements PcepObject {
    public Svec {
        requestIds = List.copyOf(requestIds);
    }
}
