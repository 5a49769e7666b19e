package org.pathwise.pcep.tlv;

import java.util.List;
import org.pathwise.pcep.types.Bytes;

/**
 * AUTO-BANDWIDTH-ATTRIBUTES (type 37; RFC 8733 §4.2): sub-TLVs in their own type space.
 */
public record AutoBandwidthAttributesTlv(List<Attribute> attributes) implements Tlv {
    public AutoBandwidthAttributesTlv {
        attributes = List.copyOf(attributes);
    }

    /** The sub-TLV types of RFC 8733 §5.2 and how their 32-bit first word reads. */
    public enum Kind {
        SAMPLE_INTERVAL(1), ADJUSTMENT_INTERVAL(2), DOWN_ADJUSTMENT_INTERVAL(3), ADJUSTMENT_THRESHOLD(4),
        ADJUSTMENT_THRESHOLD_PERCENTAGE(5), DOWN_ADJUSTMENT_THRESHOLD(6), DOWN_ADJUSTMENT_THRESHOLD_PERCENTAGE(7),
        MINIMUM_BANDWIDTH(8), MAXIMUM_BANDWIDTH(9), OVERFLOW_THRESHOLD(10), OVERFLOW_THRESHOLD_PERCENTAGE(11),
        UNDERFLOW_THRESHOLD(12), UNDERFLOW_THRESHOLD_PERCENTAGE(13);

        public final int type;

        Kind(int type) {
            this.type = type;
        }

        public static Kind of(int type) {
            for (Kind k : values()) {
                if (k.type == type) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One attribute sub-TLV, value as sent: intervals are 32-bit seconds, thresholds and bandwidths
     * IEEE floats, percentages the low 7 bits; {@link #kind()} names the type when it is assigned.
     */
    public record Attribute(int type, Bytes value) {
        public Kind kind() {
            return Kind.of(type);
        }
    }
}
