package org.pathwise.ted.io.json;

import java.util.List;

/**
 * A parsed JSON or YAML value that remembers where it came from, so an error can say
 * {@code topology.yaml:12:7}. Jackson's own tree forgets locations; this one is read straight
 * from the token stream by {@link TreeReader}. Objects keep their keys in small arrays (a link has
 * about a dozen): the reader builds hundreds of thousands of them, one list element at a time.
 */
sealed interface Tree {

    Pos pos();

    /** 1-based line and column of the value's first token. */
    record Pos(int line, int column) {
    }

    /**
     * An object: {@code keys[i]} (written at {@code keyPositions[i]}) maps to {@code values[i]}, in
     * the order written. The arrays are owned by the record once built (the reader hands over fresh ones).
     */
    record Obj(Pos pos, String[] keys, Pos[] keyPositions, Tree[] values) implements Tree {

        private static final String[] NO_KEYS = {};
        private static final Pos[] NO_POSITIONS = {};
        private static final Tree[] NO_VALUES = {};

        /** An object with no keys, at {@code pos}. */
        static Obj empty(Pos pos) {
            return new Obj(pos, NO_KEYS, NO_POSITIONS, NO_VALUES);
        }

        Tree get(String key) {
            // Jackson interns JSON field names, so a present key usually matches by identity; the
            // (cached) hash rules out the others without comparing characters.
            int h = key.hashCode();
            for (int i = 0; i < keys.length; i++) {
                String k = keys[i];
                if (k == key || (k.hashCode() == h && k.equals(key))) {
                    return values[i];
                }
            }
            return null;
        }
    }

    record Arr(Pos pos, List<Tree> items) implements Tree {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string, number, boolean or null; {@code text} is the value as written. */
    record Scalar(Pos pos, Kind kind, String text) implements Tree {
        enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
    }
}
