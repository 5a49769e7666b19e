package org.pathwise.compute;

import java.util.Arrays;

/**
 * Resource-class constraints (RFC 3209 §4.7.4 via the PCEP LSPA object, RFC 5440 §7.11) on the
 * 32-bit administrative group, and their extended form on the RFC 7308 extended admin group,
 * whose masks are bit vectors (bit i of word w is EAG bit 64*w+i).
 * A link is usable only when every non-empty test passes:
 * exclude-any: no excluded bit set; include-any: at least one bit set; include-all: all bits set.
 */
public record Affinity(int excludeAny, int includeAny, int includeAll,
                       long[] extendedExcludeAny, long[] extendedIncludeAny, long[] extendedIncludeAll) {

    public static final Affinity NONE = new Affinity(0, 0, 0, new long[0], new long[0], new long[0]);

    public Affinity {
        extendedExcludeAny = extendedExcludeAny == null ? new long[0] : extendedExcludeAny.clone();
        extendedIncludeAny = extendedIncludeAny == null ? new long[0] : extendedIncludeAny.clone();
        extendedIncludeAll = extendedIncludeAll == null ? new long[0] : extendedIncludeAll.clone();
    }

    /** Classic 32-bit affinities only. */
    public static Affinity of(int excludeAny, int includeAny, int includeAll) {
        return new Affinity(excludeAny, includeAny, includeAll, null, null, null);
    }

    public boolean isEmpty() {
        return excludeAny == 0 && includeAny == 0 && includeAll == 0 && !hasExtended();
    }

    public boolean hasExtended() {
        return nonZero(extendedExcludeAny) || nonZero(extendedIncludeAny) || nonZero(extendedIncludeAll);
    }

    @Override
    public long[] extendedExcludeAny() {
        return extendedExcludeAny.clone();
    }

    @Override
    public long[] extendedIncludeAny() {
        return extendedIncludeAny.clone();
    }

    @Override
    public long[] extendedIncludeAll() {
        return extendedIncludeAll.clone();
    }

    private static boolean nonZero(long[] words) {
        for (long w : words) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affinity a && a.excludeAny == excludeAny && a.includeAny == includeAny
                && a.includeAll == includeAll
                && Arrays.equals(a.extendedExcludeAny, extendedExcludeAny)
                && Arrays.equals(a.extendedIncludeAny, extendedIncludeAny)
                && Arrays.equals(a.extendedIncludeAll, extendedIncludeAll);
    }

    @Override
    public int hashCode() {
        return ((excludeAny * 31 + includeAny) * 31 + includeAll) * 31
                + Arrays.hashCode(extendedExcludeAny) ^ Arrays.hashCode(extendedIncludeAny) * 7
                ^ Arrays.hashCode(extendedIncludeAll) * 13;
    }

    @Override
    public String toString() {
        return "Affinity[excludeAny=0x" + Integer.toHexString(excludeAny)
                + ", includeAny=0x" + Integer.toHexString(includeAny)
                + ", includeAll=0x" + Integer.toHexString(includeAll)
                + ", extendedExcludeAny=" + Arrays.toString(extendedExcludeAny)
                + ", extendedIncludeAny=" + Arrays.toString(extendedIncludeAny)
                + ", extendedIncludeAll=" + Arrays.toString(extendedIncludeAll) + "]";
    }
}
