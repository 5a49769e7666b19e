package org.pathwise.pcep.codec.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the groups of one message (requests, responses, state reports) into the immutable list
 * the message record keeps. Nearly every message carries one group, which then costs one small
 * list and no intermediate ArrayList or copy.
 */
final class Groups<T> {
    private T first;
    private List<T> more;

    void add(T group) {
        if (first == null) {
            first = group;
            return;
        }
        if (more == null) {
            more = new ArrayList<>(4);
            more.add(first);
        }
        more.add(group);
    }

    List<T> list() {
        return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
    }
}
