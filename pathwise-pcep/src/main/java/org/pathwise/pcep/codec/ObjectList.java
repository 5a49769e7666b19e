package org.pathwise.pcep.codec;

import java.util.Arrays;
import java.util.List;
import org.pathwise.pcep.object.PcepObject;

/** The objects of one message in wire order, each with its byte offset for error reports. */
public final class ObjectList {
    private PcepObject[] objects = new PcepObject[8];
    private int[] offsets = new int[8];
    private int size;
    /** Offset of the end of the message, reported for "missing at the end" errors. */
    int end;

    void add(PcepObject object, int offset) {
        if (size == objects.length) {
            objects = Arrays.copyOf(objects, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        objects[size] = object;
        offsets[size++] = offset;
    }

    public int size() {
        return size;
    }

    public PcepObject get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return objects[index];
    }

    /** Offset of object {@code index} from the start of the message; the message end for index == size. */
    public int offset(int index) {
        return index < size ? offsets[index] : end;
    }

    /** An immutable copy of objects [from, to). */
    public List<PcepObject> copy(int from, int to) {
        return switch (to - from) {
            case 0 -> List.of();
            case 1 -> List.of(objects[from]);
            case 2 -> List.of(objects[from], objects[from + 1]);
            default -> List.of(Arrays.copyOfRange(objects, from, to));
        };
    }
}
