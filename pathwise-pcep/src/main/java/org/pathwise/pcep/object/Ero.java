package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.subobject.Subobject;

/** ERO, explicit route (class 7, type 1; RFC 5440 §7.9): the hops in order. */
public record Ero(ObjectFlags flags, List<Subobject> subobjects) implements PcepObject {
    public Ero {
        subobjects = List.copyOf(subobjects);
    }
}
