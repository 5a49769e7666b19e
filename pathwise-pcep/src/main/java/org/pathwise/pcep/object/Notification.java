package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * NOTIFICATION (class 12, type 1; RFC 5440 §7.14).
 *
 * @param type NT: 1 pending request cancelled, 2 overloaded PCE, …
 * @param value NV
 */
public record Notification(ObjectFlags flags, int type, int value, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public Notification {
        tlvs = List.copyOf(tlvs);
    }
}
