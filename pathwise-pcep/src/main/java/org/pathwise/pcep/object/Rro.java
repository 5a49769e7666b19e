package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.subobject.Subobject;

/** RRO, reported route (class 8, type 1; RFC 5440 §7.10). */
public record Rro(ObjectFlags flags, List<Subobject> subobjects) implements PcepObject {
    public Rro {
        subobjects = List.copyOf(subobjects);
    }
}
