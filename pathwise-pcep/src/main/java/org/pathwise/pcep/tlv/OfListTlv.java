package org.pathwise.pcep.tlv;

import java.util.List;

/** OF-LIST (type 4; RFC 5541 §2.1): the objective functions a PCE supports, in an OPEN. */
public record OfListTlv(List<Integer> codes) implements Tlv {
    public OfListTlv {
        codes = List.copyOf(codes);
    }
}
