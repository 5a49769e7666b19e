package org.pathwise.compute;

import java.util.Objects;

/**
 * One element to keep off the path: an XRO sub-object (RFC 5521 §2.1) or an explicit exclusion.
 * NODE and LINK carry an id; SRLG carries the SRLG number in {@code srlg} (id is its decimal
 * text). {@code mandatory} false is the XRO L bit ("attempt to exclude"): the computation honours
 * it if it can and otherwise returns a path with {@link PathResult.Caveat#PREFERRED_EXCLUSION_IGNORED}.
 * Excluding a link excludes only that direction; excluding an SRLG excludes every link in it.
 */
public record Exclusion(Kind kind, String id, int srlg, boolean mandatory) {
    public enum Kind { NODE, LINK, SRLG }

    public Exclusion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Exclusion node(String id) {
        return new Exclusion(Kind.NODE, id, 0, true);
    }

    public static Exclusion link(String id) {
        return new Exclusion(Kind.LINK, id, 0, true);
    }

    public static Exclusion srlg(int srlg) {
        return new Exclusion(Kind.SRLG, Integer.toUnsignedString(srlg), srlg, true);
    }

    /** The same element, as a preferred (best-effort) exclusion. */
    public Exclusion preferred() {
        return new Exclusion(kind, id, srlg, false);
    }
}
