package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.CloseObject;
import org.pathwise.pcep.object.ObjectFlags;

/** Close (type 7; RFC 5440 §6.8): {@code <Common Header> <CLOSE>}. */
public record Close(CloseObject object) implements Message {
    public static Close of(int reason) {
        return new Close(new CloseObject(ObjectFlags.NONE, reason, List.of()));
    }
}
