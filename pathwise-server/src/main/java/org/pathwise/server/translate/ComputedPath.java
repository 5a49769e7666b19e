package org.pathwise.server.translate;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.Path;
import org.pathwise.pcep.subobject.Subobject;

/**
 * One path ready for the reply: the computed path, its ERO sub-objects (RSVP hops or SR-ERO
 * segments), the SID depth (SR only, else 0) and the bandwidth it carries.
 */
public record ComputedPath(Path path, List<Subobject> hops, int sidDepth, double bandwidth) {
    public ComputedPath {
        Objects.requireNonNull(path, "path");
        hops = List.copyOf(hops);
    }

    /** Whether any hop is loose (RFC 5440 §7.4.1: the reply's RP O flag). */
    public boolean loose() {
        for (Subobject s : hops) {
            if (s.loose()) {
                return true;
            }
        }
        return false;
    }
}
