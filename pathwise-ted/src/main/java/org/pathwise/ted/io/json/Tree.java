package org.pathwise.ted.io.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON or YAML document that remembers where every value came from, so an error can say
 * {@code topology.yaml:12:7}. Jackson's own tree forgets locations; this one is read straight
 * from the token stream by {@link TreeReader}.
 */
sealed interface Tree {

    Pos pos();

    /** 1-based line and column of the value's first token. */
    record Pos(int line, int column) {
    }

    /** Maps are owned by the record once built (the reader hands over fresh ones). */
    record Obj(Pos pos, Map<String, Tree> fields, Map<String, Pos> keyPositions) implements Tree {
        Tree get(String key) {
            return fields.get(key);
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
