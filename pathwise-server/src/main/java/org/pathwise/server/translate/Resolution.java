package org.pathwise.server.translate;

import java.util.Objects;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;

/** A parsed request resolved against one TED snapshot. */
public sealed interface Resolution {

    /** Ready to compute. */
    record Resolved(ParsedRequest parsed, PathRequest request) implements Resolution {
        public Resolved {
            Objects.requireNonNull(parsed, "parsed");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The request names something the TED does not have: answered NO-PATH without computing.
     * {@code unknownSource}/{@code unknownDestination} are the RFC 5440 §7.5 NO-PATH-VECTOR bits
     * (both may be set; {@code noPath.reason()} names the first).
     */
    record Unresolved(ParsedRequest parsed, PathResult.NoPath noPath, boolean unknownSource,
            boolean unknownDestination) implements Resolution {
        public Unresolved {
            Objects.requireNonNull(parsed, "parsed");
            Objects.requireNonNull(noPath, "noPath");
        }
    }
}
