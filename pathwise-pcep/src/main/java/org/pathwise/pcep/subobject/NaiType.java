package org.pathwise.pcep.subobject;

/** The NAI types of SR-ERO/SR-RRO (RFC 8664 §4.3.1 NT field) and SRv6-ERO (RFC 9603). */
public enum NaiType {
    ABSENT(0, 0), IPV4_NODE(1, 4), IPV6_NODE(2, 16), IPV4_ADJACENCY(3, 8), IPV6_ADJACENCY(4, 32),
    UNNUMBERED_ADJACENCY(5, 16), IPV6_LINK_LOCAL_ADJACENCY(6, 40);

    /** The NT codepoint. */
    public final int code;
    /** The NAI's length in bytes. */
    public final int length;

    NaiType(int code, int length) {
        this.code = code;
        this.length = length;
    }

    /** The type for an NT codepoint, or null when unassigned. */
    public static NaiType of(int code) {
        return code >= 0 && code < VALUES.length ? VALUES[code] : null;
    }

    private static final NaiType[] VALUES = values();
}
