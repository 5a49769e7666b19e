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

    /**
     * An immutable copy of objects [from, to). List.of(E...) copies the array it is given, so a
     * slice passed that way costs two arrays; the fixed-arity overloads (up to ten elements, which
     * covers nearly every request, response and report) fill the list's own array directly.
     */
    public List<PcepObject> copy(int from, int to) {
        PcepObject[] o = objects;
        int i = from;
        return switch (to - from) {
            case 0 -> List.of();
            case 1 -> List.of(o[i]);
            case 2 -> List.of(o[i], o[i + 1]);
            case 3 -> List.of(o[i], o[i + 1], o[i + 2]);
            case 4 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3]);
            case 5 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4]);
            case 6 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4], o[i + 5]);
            case 7 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4], o[i + 5], o[i + 6]);
            case 8 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4], o[i + 5], o[i + 6], o[i + 7]);
            case 9 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4], o[i + 5], o[i + 6], o[i + 7], o[i + 8]);
            case 10 -> List.of(o[i], o[i + 1], o[i + 2], o[i + 3], o[i + 4], o[i + 5], o[i + 6], o[i + 7], o[i + 8],
                    o[i + 9]);
            default -> List.of(Arrays.copyOfRange(o, from, to));
        };
    }
}
