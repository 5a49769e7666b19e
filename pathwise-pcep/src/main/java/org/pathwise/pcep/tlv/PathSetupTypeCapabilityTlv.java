package org.pathwise.pcep.tlv;

import java.util.List;

/**
 * PATH-SETUP-TYPE-CAPABILITY (type 34; RFC 8408 §3): the path setup types a speaker supports and
 * their capability sub-TLVs (SR-PCE-CAPABILITY, SRv6-PCE-CAPABILITY).
 */
public record PathSetupTypeCapabilityTlv(List<Integer> pathSetupTypes, List<Tlv> subTlvs) implements Tlv {
    public PathSetupTypeCapabilityTlv {
        pathSetupTypes = List.copyOf(pathSetupTypes);
        subTlvs = List.copyOf(subTlvs);
    }
}
