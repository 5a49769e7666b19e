package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * MONITORING (class 19, type 1; RFC 5886 §4.1).
 *
 * @param liveness L
 * @param general G: general (not request-specific) monitoring
 * @param processingTime P
 * @param overload C
 * @param incomplete I
 */
public record Monitoring(ObjectFlags flags, boolean liveness, boolean general, boolean processingTime,
        boolean overload, boolean incomplete, long monitoringId, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public Monitoring {
        tlvs = List.copyOf(tlvs);
    }
}
