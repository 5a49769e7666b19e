package org.pathwise.pcep.object;

import java.util.List;
import org.pathwise.pcep.tlv.Tlv;

/** OF, objective function (class 21, type 1; RFC 5541 §3.2): 1 MCP, 2 MLP, 3 MBP, … */
public record ObjectiveFunction(ObjectFlags flags, int code, List<Tlv> tlvs) implements PcepObject, HasTlvs {
    public ObjectiveFunction {
        tlvs = List.copyOf(tlvs);
    }
}
