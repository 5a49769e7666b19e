package org.pathwise.pcep.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.PcepObject;

/** A run of objects in wire order (a request, a report, …) with lookups by object record type. */
public interface ObjectGroup {

    List<PcepObject> objects();

    /** The first object of the given type. */
    default <T extends PcepObject> Optional<T> first(Class<T> type) {
        List<PcepObject> objects = objects();
        for (int i = 0; i < objects.size(); i++) {
            if (type.isInstance(objects.get(i))) {
                return Optional.of(type.cast(objects.get(i)));
            }
        }
        return Optional.empty();
    }

    /** Every object of the given type, in order. */
    default <T extends PcepObject> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>(2);
        for (PcepObject o : objects()) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }
}
