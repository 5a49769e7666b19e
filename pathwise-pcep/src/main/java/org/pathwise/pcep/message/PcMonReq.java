package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.Monitoring;
import org.pathwise.pcep.object.PccReqId;
import org.pathwise.pcep.object.PcepObject;

/**
 * PCMonReq (type 8; RFC 5886 §9.1):
 * {@code <MONITORING> <PCC-REQ-ID> [<pce-list>] [<svec-list>] [<request-list>]}.
 *
 * @param rest the objects after PCC-REQ-ID, in wire order
 */
public record PcMonReq(Monitoring monitoring, PccReqId pccReqId, List<PcepObject> rest) implements Message {
    public PcMonReq {
        rest = List.copyOf(rest);
    }
}
