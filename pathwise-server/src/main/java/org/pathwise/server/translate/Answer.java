package org.pathwise.server.translate;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.PathResult;

/** What the PCE answers one request with, before it becomes a PCRep {@code <response>}. */
public sealed interface Answer {

    /** One or more paths (several for load balancing, RFC 5440 §7.16). */
    record Paths(List<ComputedPath> paths) implements Answer {
        public Paths {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("an answer with paths needs at least one");
            }
        }
    }

    /**
     * No path. The flags are the RFC 5440 §7.5 NO-PATH-VECTOR bits beyond what {@code noPath}'s
     * reason implies: {@code pceUnavailable} when the PCE could not take the request (overload).
     */
    record NoPath(PathResult.NoPath noPath, boolean unknownSource, boolean unknownDestination,
            boolean pceUnavailable) implements Answer {
        public NoPath {
            Objects.requireNonNull(noPath, "noPath");
        }

        public static NoPath of(PathResult.NoPath noPath) {
            return new NoPath(noPath, noPath.reason() == org.pathwise.compute.NoPathReason.SOURCE_UNKNOWN,
                    noPath.reason() == org.pathwise.compute.NoPathReason.DESTINATION_UNKNOWN, false);
        }
    }
}
