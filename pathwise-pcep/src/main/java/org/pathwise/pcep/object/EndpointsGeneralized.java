package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/**
 * END-POINTS, generalized (class 4, type 5; RFC 8779 §2.5): the endpoints are TLVs
 * (IPV4-ADDRESS, IPV6-ADDRESS, UNNUMBERED-ENDPOINT, LABEL-REQUEST, LABEL-SET).
 *
 * @param endpointType 0 point-to-point, 1–4 the P2MP leaf types of RFC 8306
 */
public record EndpointsGeneralized(ObjectFlags flags, int endpointType, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public EndpointsGeneralized {
        tlvs = List.copyOf(tlvs);
    }
}
