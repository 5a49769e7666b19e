package org.pathwise.compute.sr;

import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.TeSnapshot;

/**
 * An SR-MPLS path: the core's constrained path computation, then the shortest SID list for the
 * path within the head-end's MSD. When the best path cannot be encoded, the next paths in
 * increasing cost (the core's k shortest, up to {@code candidates}) are tried, so a slightly
 * costlier path that fits the MSD beats "no path"; the first encodable one is returned.
 * Thread-safe.
 */
public final class SrPathComputer {
    private final PathComputer computer;
    private final SidListEncoder encoder = new SidListEncoder();

    public SrPathComputer(PathComputer computer) {
        this.computer = computer;
    }

    /**
     * Computes {@code request} (a single path; not a disjoint pair) on {@code snapshot} and encodes
     * it within {@code msd} SIDs, trying up to {@code candidates} paths (≥ 1; 1 = the best path only).
     */
    public SrEncoding compute(TeSnapshot snapshot, PathRequest request, int msd, int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1, got " + candidates);
        }
        if (request.diversity() != null || request.pathCount() != 1) {
            return new SrEncoding.Failed(new NoPath(NoPathReason.UNSUPPORTED_COMBINATION,
                    "an SR path is one path: request each path of a pair or set separately",
                    Set.of(ConstraintKind.DIVERSITY)));
        }
        PathResult best = computer.compute(snapshot, request);
        if (best instanceof NoPath noPath) {
            return new SrEncoding.Failed(noPath);
        }
        SrEncoding first = encoder.encode(snapshot, ((PathResult.Found) best).first(), msd);
        if (first instanceof SrEncoding.Encoded || candidates == 1) {
            return first;
        }
        PathResult more = computer.compute(snapshot, request.toBuilder().paths(candidates).build());
        int tried = 0;
        if (more instanceof PathResult.Found found) {
            tried = found.paths().size() - 1;
            for (int i = 1; i < found.paths().size(); i++) {
                Path p = found.paths().get(i);
                if (encoder.encode(snapshot, p, msd) instanceof SrEncoding.Encoded e) {
                    return e;
                }
            }
        }
        NoPath why = ((SrEncoding.Failed) first).noPath();
        return new SrEncoding.Failed(new NoPath(why.reason(), why.detail() + "; none of the next "
                + tried + " shortest paths can be encoded either", why.unsatisfied()));
    }
}
