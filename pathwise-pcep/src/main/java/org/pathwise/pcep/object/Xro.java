package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.subobject.Subobject;

/**
 * XRO, exclude route (class 17, type 1; RFC 5521 §2.1). Each sub-object's L bit is XRO's X bit:
 * set means "exclude if possible", clear means "must exclude".
 *
 * @param fail F: on re-optimisation, the PCE should not reuse resources of the existing path
 */
public record Xro(ObjectFlags flags, boolean fail, List<Subobject> subobjects) implements PcepObject {
    public Xro {
        subobjects = List.copyOf(subobjects);
    }
}
