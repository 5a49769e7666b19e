package org.pathwise.server.solve;

import java.util.Set;
import org.pathwise.compute.Affinity;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.ted.TeSnapshot;

/**
 * RFC 5440 §7.4.1 B flag: a bidirectional LSP uses the same links both ways (co-routed, as RSVP
 * signals it). The path is computed forward; this checks that the reverse of every link exists and
 * meets the bandwidth and affinities at the setup priority.
 */
final class CoRouted {
    private CoRouted() {}

    /** Null when the reverse direction is usable, else why not. */
    static PathResult.NoPath check(TeSnapshot s, Path path, PathRequest r) {
        for (int i = 0; i < path.hopCount(); i++) {
            int l = path.link(i);
            int back = s.reverse(l);
            String link = s.link(l).id();
            if (back < 0) {
                return new PathResult.NoPath(NoPathReason.NO_ROUTE, "bidirectional request: link '" + link
                        + "' has no reverse direction", Set.of());
            }
            if (s.unreservedBandwidth(back, r.setupPriority()) < r.bandwidth()) {
                return new PathResult.NoPath(NoPathReason.BANDWIDTH_UNAVAILABLE, "bidirectional request: the reverse of '"
                        + link + "' has too little unreserved bandwidth", Set.of(ConstraintKind.BANDWIDTH));
            }
            if (!passes(r.affinity(), s.adminGroup(back))) {
                return new PathResult.NoPath(NoPathReason.AFFINITY_UNSATISFIED, "bidirectional request: the reverse of '"
                        + link + "' fails the affinities", Set.of(ConstraintKind.AFFINITY));
            }
        }
        return null;
    }

    /** RFC 3209 §4.7.4 on the 32-bit admin group. */
    private static boolean passes(Affinity a, int groups) {
        return (groups & a.excludeAny()) == 0
                && (a.includeAny() == 0 || (groups & a.includeAny()) != 0)
                && (groups & a.includeAll()) == a.includeAll();
    }
}
