package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * OPEN (class 1, type 1; RFC 5440 §7.3): session parameters and capability TLVs.
 *
 * @param version PCEP version, 1
 * @param keepalive Keepalive timer in seconds (0: no keepalives)
 * @param deadTimer DeadTimer in seconds
 * @param sessionId PCEP session id (0–255)
 */
public record OpenObject(ObjectFlags flags, int version, int keepalive, int deadTimer, int sessionId, List<Tlv> tlvs)
        implements PcepObject, HasTlvs {
    public OpenObject {
        tlvs = List.copyOf(tlvs);
    }

    public OpenObject(int keepalive, int deadTimer, int sessionId, List<Tlv> tlvs) {
        this(ObjectFlags.NONE, 1, keepalive, deadTimer, sessionId, tlvs);
    }
}
