package org.pathwise.pcep.tlv;

import java.util.List;

/** ASSOC-TYPE-LIST (type 35; RFC 8697 §5.1): association types supported, in an OPEN. */
public record AssociationTypeListTlv(List<Integer> associationTypes) implements Tlv {
    public AssociationTypeListTlv {
        associationTypes = List.copyOf(associationTypes);
    }
}
