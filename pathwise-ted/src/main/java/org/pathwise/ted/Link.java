package org.pathwise.ted;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * A directed TE link's attributes. {@code from}/{@code to} are node ids. Units: bandwidth in bytes
 * per second (as IGP TE, RFC 3630 §2.5.6, and the PCEP BANDWIDTH object carry it), metrics as
 * unsigned 32-bit values in a {@code long}, delay in microseconds (RFC 7471 §4.2, 24 bits).
 *
 * <p>Bit numbering: {@code adminGroup} bit {@code i} is {@code (adminGroup >>> i) & 1} — RFC 3630
 * §2.5.9 calls the least significant bit group 0. The extended admin group continues the same
 * numbering over 64-bit words, bit {@code i} being {@code (extendedAdminGroup[i / 64] >>> (i % 64)) & 1}
 * (as {@link BitSet#toLongArray()}), so its first 32 bits line up with the admin group (RFC 7308
 * §2.3.1). Wavelength channel {@code c} is available when {@code wavelengths.get(c)}.
 *
 * <p>The arrays and the bit set are copied in and out: a Link is immutable.
 *
 * @param localInterfaceId unnumbered link: local interface id (RFC 4203 §2), 0 for a numbered link
 * @param unreservedBandwidth 8 values, priority 0..7 (RFC 3630 §2.5.8); null means all equal to
 *     {@code maxReservableBandwidth}
 * @param adjacencySidLabel SR-MPLS adjacency SID as a label (RFC 8667 §2.2.1), -1 for none
 * @param wavelengths optical: available channels; null for a non-optical link
 * @param wavelengthCount size of the channel grid; 0 for a non-optical link
 */
public record Link(String id, String from, String to,
                   InetAddress localAddress, InetAddress remoteAddress,
                   long localInterfaceId, long remoteInterfaceId,
                   long igpMetric, long teMetric, int delayMicros,
                   double maxBandwidth, double maxReservableBandwidth,
                   double[] unreservedBandwidth,
                   int adminGroup,
                   long[] extendedAdminGroup,
                   int[] srlgs,
                   int adjacencySidLabel,
                   BitSet wavelengths,
                   int wavelengthCount) {

    /** Number of setup/holding priorities (RFC 3209 §4.7.1: 0 best .. 7 worst). */
    public static final int PRIORITIES = 8;
    /** Largest metric value: TE and IGP metrics are at most 32 bits (RFC 3630 §2.5.5). */
    public static final long MAX_METRIC = 0xFFFF_FFFFL;
    /** Largest delay: RFC 7471 §4.2 carries delay in 24 bits of microseconds. */
    public static final int MAX_DELAY_MICROS = (1 << 24) - 1;

    public Link {
        // Checks first, messages only on failure: importers build hundreds of thousands of links.
        if (id == null || id.isBlank()) {
            throw invalid("?", "a link needs a non-empty id");
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw invalid(id, "the link needs both a 'from' and a 'to' node");
        }
        if (from.equals(to)) {
            throw invalid(id, "self-loop on node '" + from + "'; a TE link must join two different nodes");
        }
        requireUnsigned32(localInterfaceId, id, "local interface id");
        requireUnsigned32(remoteInterfaceId, id, "remote interface id");
        requireUnsigned32(igpMetric, id, "IGP metric");
        requireUnsigned32(teMetric, id, "TE metric");
        if (delayMicros < 0 || delayMicros > MAX_DELAY_MICROS) {
            throw invalid(id, "delay must be 0.." + MAX_DELAY_MICROS + " µs (got " + delayMicros + ")");
        }
        requireBandwidth(maxBandwidth, id, "max bandwidth", -1);
        requireBandwidth(maxReservableBandwidth, id, "max reservable bandwidth", -1);
        if (unreservedBandwidth == null) {
            unreservedBandwidth = new double[PRIORITIES];
            Arrays.fill(unreservedBandwidth, maxReservableBandwidth);
        } else {
            if (unreservedBandwidth.length != PRIORITIES) {
                throw invalid(id, "unreserved bandwidth needs 8 values, one per priority (got " + unreservedBandwidth.length + ")");
            }
            unreservedBandwidth = unreservedBandwidth.clone();
            for (int p = 0; p < PRIORITIES; p++) {
                requireBandwidth(unreservedBandwidth[p], id, "unreserved bandwidth at priority ", p);
            }
        }
        extendedAdminGroup = extendedAdminGroup == null ? new long[0] : withoutTrailingZeroWords(extendedAdminGroup);
        srlgs = srlgs == null ? new int[0] : srlgs.clone();
        if (adjacencySidLabel != -1 && (adjacencySidLabel < SrNodeInfo.FIRST_UNRESERVED_LABEL || adjacencySidLabel > SrNodeInfo.MAX_LABEL)) {
            throw invalid(id, "adjacency SID label must be 16.." + SrNodeInfo.MAX_LABEL + ", or -1 for none (got " + adjacencySidLabel + ")");
        }
        if (wavelengths == null) {
            if (wavelengthCount != 0) {
                throw invalid(id, "wavelength count " + wavelengthCount + " given without a wavelength map");
            }
        } else {
            if (wavelengthCount <= 0) {
                throw invalid(id, "an optical link needs a wavelength count > 0");
            }
            if (wavelengths.length() > wavelengthCount) {
                throw invalid(id, "wavelength channel " + (wavelengths.length() - 1) + " is outside the grid of "
                        + wavelengthCount + " channels");
            }
            wavelengths = (BitSet) wavelengths.clone();
        }
    }

    /** A fluent way to write a link: only id and endpoints are required; see {@link Builder}. */
    public static Builder builder(String id, String from, String to) {
        return new Builder(id, from, to);
    }

    /** A builder holding this link's attributes, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The opposite direction of this link with id {@code mirrorId}: endpoints, addresses and
     * interface ids swapped, the other TE attributes the same, and no adjacency SID (a SID is
     * allocated per direction by the router that owns it).
     */
    public Link mirror(String mirrorId) {
        return new Link(mirrorId, to, from, remoteAddress, localAddress, remoteInterfaceId, localInterfaceId,
                igpMetric, teMetric, delayMicros, maxBandwidth, maxReservableBandwidth, unreservedBandwidth,
                adminGroup, extendedAdminGroup, srlgs, -1, wavelengths, wavelengthCount);
    }

    public Link withUnreservedBandwidth(double[] perPriority) {
        return new Link(id, from, to, localAddress, remoteAddress, localInterfaceId, remoteInterfaceId,
                igpMetric, teMetric, delayMicros, maxBandwidth, maxReservableBandwidth, perPriority,
                adminGroup, extendedAdminGroup, srlgs, adjacencySidLabel, wavelengths, wavelengthCount);
    }

    public boolean isOptical() {
        return wavelengths != null;
    }

    @Override
    public double[] unreservedBandwidth() {
        return unreservedBandwidth.clone();
    }

    @Override
    public long[] extendedAdminGroup() {
        return extendedAdminGroup.clone();
    }

    @Override
    public int[] srlgs() {
        return srlgs.clone();
    }

    @Override
    public BitSet wavelengths() {
        return wavelengths == null ? null : (BitSet) wavelengths.clone();
    }

    /** Same as {@code extendedAdminGroup().length} without the copy. */
    int extendedAdminGroupWords() {
        return extendedAdminGroup.length;
    }

    /** Copies the extended admin group words into {@code into} at {@code at}, without an intermediate copy. */
    void copyExtendedAdminGroup(long[] into, int at) {
        System.arraycopy(extendedAdminGroup, 0, into, at, extendedAdminGroup.length);
    }

    /** Same as {@code srlgs().length} without the copy. */
    int srlgCount() {
        return srlgs.length;
    }

    void copySrlgs(int[] into, int at) {
        System.arraycopy(srlgs, 0, into, at, srlgs.length);
    }

    /** Same as {@code unreservedBandwidth()[priority]} without the copy. */
    public double unreservedBandwidth(int priority) {
        return unreservedBandwidth[priority];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Link l
                && id.equals(l.id) && from.equals(l.from) && to.equals(l.to)
                && Objects.equals(localAddress, l.localAddress) && Objects.equals(remoteAddress, l.remoteAddress)
                && localInterfaceId == l.localInterfaceId && remoteInterfaceId == l.remoteInterfaceId
                && igpMetric == l.igpMetric && teMetric == l.teMetric && delayMicros == l.delayMicros
                && Double.compare(maxBandwidth, l.maxBandwidth) == 0
                && Double.compare(maxReservableBandwidth, l.maxReservableBandwidth) == 0
                && Arrays.equals(unreservedBandwidth, l.unreservedBandwidth)
                && adminGroup == l.adminGroup && Arrays.equals(extendedAdminGroup, l.extendedAdminGroup)
                && Arrays.equals(srlgs, l.srlgs) && adjacencySidLabel == l.adjacencySidLabel
                && Objects.equals(wavelengths, l.wavelengths) && wavelengthCount == l.wavelengthCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, from, to, igpMetric, teMetric, delayMicros, maxBandwidth,
                Arrays.hashCode(unreservedBandwidth), adminGroup, Arrays.hashCode(srlgs));
    }

    @Override
    public String toString() {
        return "Link[" + id + " " + from + "->" + to + " igp=" + igpMetric + " te=" + teMetric
                + " delay=" + delayMicros + "us max=" + maxBandwidth + "B/s reservable=" + maxReservableBandwidth
                + "B/s unreserved=" + Arrays.toString(unreservedBandwidth) + " ag=0x" + Integer.toHexString(adminGroup)
                + (srlgs.length > 0 ? " srlgs=" + Arrays.toString(srlgs) : "")
                + (adjacencySidLabel >= 0 ? " adjSid=" + adjacencySidLabel : "")
                + (wavelengths != null ? " lambdas=" + wavelengths.cardinality() + "/" + wavelengthCount : "") + "]";
    }

    /** Trailing all-zero words carry no groups; dropping them makes equal group sets equal arrays. */
    private static long[] withoutTrailingZeroWords(long[] words) {
        int n = words.length;
        while (n > 0 && words[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(words, n);
    }

    private static TopologyException invalid(String id, String problem) {
        return new TopologyException("link '" + id + "': " + problem);
    }

    private static void requireUnsigned32(long value, String id, String what) {
        if (value < 0 || value > MAX_METRIC) {
            throw invalid(id, what + " must be 0.." + MAX_METRIC + " (got " + value + ")");
        }
    }

    /** {@code priority} ≥ 0 is appended to {@code what}; -1 for none. */
    private static void requireBandwidth(double value, String id, String what, int priority) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw invalid(id, what + (priority >= 0 ? Integer.toString(priority) : "") + " must be a finite number ≥ 0 bytes/s (got " + value + ")");
        }
    }

    /**
     * Writes a link field by field. Defaults: IGP metric 1; TE metric = IGP metric; delay 0; max
     * bandwidth 0; max reservable = max bandwidth; unreserved = max reservable at every priority;
     * no admin groups, SRLGs, adjacency SID or wavelength map.
     */
    public static final class Builder {
        private final String id;
        private final String from;
        private final String to;
        private InetAddress localAddress;
        private InetAddress remoteAddress;
        private long localInterfaceId;
        private long remoteInterfaceId;
        private long igpMetric = 1;
        private Long teMetric;
        private int delayMicros;
        private double maxBandwidth;
        private Double maxReservableBandwidth;
        private double[] unreservedBandwidth;
        private int adminGroup;
        private long[] extendedAdminGroup;
        private int[] srlgs;
        private int adjacencySidLabel = -1;
        private BitSet wavelengths;
        private int wavelengthCount;

        private Builder(String id, String from, String to) {
            this.id = id;
            this.from = from;
            this.to = to;
        }

        private Builder(Link l) {
            this(l.id, l.from, l.to);
            localAddress = l.localAddress;
            remoteAddress = l.remoteAddress;
            localInterfaceId = l.localInterfaceId;
            remoteInterfaceId = l.remoteInterfaceId;
            igpMetric = l.igpMetric;
            teMetric = l.teMetric;
            delayMicros = l.delayMicros;
            maxBandwidth = l.maxBandwidth;
            maxReservableBandwidth = l.maxReservableBandwidth;
            unreservedBandwidth = l.unreservedBandwidth;
            adminGroup = l.adminGroup;
            extendedAdminGroup = l.extendedAdminGroup;
            srlgs = l.srlgs;
            adjacencySidLabel = l.adjacencySidLabel;
            wavelengths = l.wavelengths;
            wavelengthCount = l.wavelengthCount;
        }

        public Builder addresses(InetAddress local, InetAddress remote) {
            localAddress = local;
            remoteAddress = remote;
            return this;
        }

        public Builder interfaceIds(long local, long remote) {
            localInterfaceId = local;
            remoteInterfaceId = remote;
            return this;
        }

        public Builder igpMetric(long metric) {
            igpMetric = metric;
            return this;
        }

        public Builder teMetric(long metric) {
            teMetric = metric;
            return this;
        }

        public Builder delayMicros(int micros) {
            delayMicros = micros;
            return this;
        }

        /** Sets max bandwidth; max reservable and unreserved follow it unless set explicitly. */
        public Builder maxBandwidth(double bytesPerSecond) {
            maxBandwidth = bytesPerSecond;
            return this;
        }

        public Builder maxReservableBandwidth(double bytesPerSecond) {
            maxReservableBandwidth = bytesPerSecond;
            return this;
        }

        public Builder unreservedBandwidth(double... perPriority) {
            unreservedBandwidth = perPriority;
            return this;
        }

        public Builder adminGroup(int bits) {
            adminGroup = bits;
            return this;
        }

        public Builder extendedAdminGroup(long... words) {
            extendedAdminGroup = words;
            return this;
        }

        public Builder srlgs(int... values) {
            srlgs = values;
            return this;
        }

        public Builder adjacencySidLabel(int label) {
            adjacencySidLabel = label;
            return this;
        }

        public Builder wavelengths(BitSet available, int channels) {
            wavelengths = available;
            wavelengthCount = channels;
            return this;
        }

        public Link build() {
            double reservable = maxReservableBandwidth != null ? maxReservableBandwidth : maxBandwidth;
            return new Link(id, from, to, localAddress, remoteAddress, localInterfaceId, remoteInterfaceId,
                    igpMetric, teMetric != null ? teMetric : igpMetric, delayMicros, maxBandwidth, reservable,
                    unreservedBandwidth, adminGroup, extendedAdminGroup, srlgs, adjacencySidLabel,
                    wavelengths, wavelengthCount);
        }
    }
}
