package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.Monitoring;
import org.pathwise.pcep.object.PccReqId;
import org.pathwise.pcep.object.PcepObject;

/**
 * PCMonRep (type 9; RFC 5886 §9.2): {@code <MONITORING> <PCC-REQ-ID> [<RP>] <metric-pce-list>},
 * {@code <metric-pce> ::= <PCE-ID> [<PROC-TIME>] [<OVERLOAD>]}.
 *
 * @param rest the objects after PCC-REQ-ID, in wire order
 */
public record PcMonRep(Monitoring monitoring, PccReqId pccReqId, List<PcepObject> rest) implements Message {
    public PcMonRep {
        rest = List.copyOf(rest);
    }
}
