package org.pathwise.compute.optical;

import java.util.Objects;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;

/** A lightpath: the route and the one channel free on every link of it; or why there is none. */
public sealed interface RwaResult {

    record Assigned(Path path, int channel) implements RwaResult {
        public Assigned {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * {@link org.pathwise.compute.NoPathReason#WAVELENGTH_UNAVAILABLE} when routes exist but none is
     * wavelength-continuous; otherwise the route's own reason (no route, hop limit, bandwidth...).
     */
    record Failed(NoPath noPath) implements RwaResult {
        public Failed {
            Objects.requireNonNull(noPath, "noPath");
        }
    }
}
