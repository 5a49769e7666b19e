package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.subobject.Subobject;

/** IRO, include route (class 10, type 1; RFC 5440 §7.12, ordered per RFC 7896). */
public record Iro(ObjectFlags flags, List<Subobject> subobjects) implements PcepObject {
    public Iro {
        subobjects = List.copyOf(subobjects);
    }
}
