package org.pathwise.pcep.codec;

import java.util.Arrays;
import java.util.List;
import org.pathwise.pcep.object.PcepObject;

/** The objects of one message in wire order, each with its byte offset for error reports. */
public final class ObjectList {
    private final PcepObject[] objects;
    private final int[] offsets;
    private int size;
    /** Offset of the end of the message, reported for "missing at the end" errors. */
    private final int end;

    /** Room for {@code capacity} objects (the decoder counts them first); {@code end} is the message end's offset. */
    ObjectList(int capacity, int end) {
        this.objects = new PcepObject[capacity];
        this.offsets = new int[capacity];
        this.end = end;
    }

    void add(PcepObject object, int offset) {
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
