package org.pathwise.pcep.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pathwise.pcep.object.PcepObject;

/** The objects of one message in wire order, each with its byte offset for error reports. */
public final class ObjectList {
    private final ArrayList<PcepObject> objects = new ArrayList<>(8);
    private int[] offsets = new int[8];

    void add(PcepObject object, int offset) {
        if (objects.size() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[objects.size()] = offset;
        objects.add(object);
    }

    public int size() {
        return objects.size();
    }

    public PcepObject get(int index) {
        return objects.get(index);
    }

    /** Offset of object {@code index} from the start of the message; the message end for index == size. */
    public int offset(int index) {
        return index < objects.size() ? offsets[index] : end;
    }

    int end;

    /** An immutable copy of objects [from, to). */
    public List<PcepObject> copy(int from, int to) {
        return List.copyOf(objects.subList(from, to));
    }
}
