package org.pathwise.compute.sr;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;

/** The outcome of encoding a path as an SR-MPLS SID list. */
public sealed interface SrEncoding {

    /**
     * The shortest SID list that steers exactly {@code path}, first SID on top of the stack. Among
     * lists of that length it uses the fewest adjacency SIDs.
     */
    record Encoded(Path path, List<Sid> sids) implements SrEncoding {
        public Encoded {
            Objects.requireNonNull(path, "path");
            sids = List.copyOf(sids);
        }

        public int depth() {
            return sids.size();
        }

        /** The labels, top of the stack first. */
        public int[] labels() {
            int[] out = new int[sids.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = sids.get(i).label();
            }
            return out;
        }
    }

    /**
     * No SID list: {@link org.pathwise.compute.NoPathReason#SR_SID_UNAVAILABLE} (some hop cannot be
     * steered) or {@link org.pathwise.compute.NoPathReason#SR_MSD_EXCEEDED}; or the reason the path
     * computation itself failed.
     */
    record Failed(NoPath noPath) implements SrEncoding {
        public Failed {
            Objects.requireNonNull(noPath, "noPath");
        }
    }
}
