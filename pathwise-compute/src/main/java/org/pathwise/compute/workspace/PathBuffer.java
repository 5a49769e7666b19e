package org.pathwise.compute.workspace;

import java.util.Arrays;

/** A growable int sequence of link indices: where searches write the path they found. */
public final class PathBuffer {
    private int[] links = new int[64];
    private int length;

    public void clear() {
        length = 0;
    }

    public int length() {
        return length;
    }

    public int get(int i) {
        return links[i];
    }

    /** The backing array; valid up to length(). */
    public int[] array() {
        return links;
    }

    public void add(int link) {
        if (length == links.length) {
            links = Arrays.copyOf(links, length * 2);
        }
        links[length++] = link;
    }

    public void addAll(PathBuffer other) {
        for (int i = 0; i < other.length; i++) {
            add(other.links[i]);
        }
    }

    public void copyFrom(int[] source, int from, int to) {
        length = 0;
        for (int i = from; i < to; i++) {
            add(source[i]);
        }
    }

    /** Reverses links[from..length). */
    public void reverseFrom(int from) {
        for (int i = from, j = length - 1; i < j; i++, j--) {
            int t = links[i];
            links[i] = links[j];
            links[j] = t;
        }
    }

    public void truncate(int newLength) {
        length = newLength;
    }
}
