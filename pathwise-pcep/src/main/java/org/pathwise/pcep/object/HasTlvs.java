package org.pathwise.pcep.object;

import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.tlv.Tlv;

/** An object whose body ends with optional TLVs (RFC 5440 §7.1). */
public interface HasTlvs {

    /** The TLVs in wire order, unknown ones included as {@link org.pathwise.pcep.tlv.UnknownTlv}. */
    List<Tlv> tlvs();

    /** The first TLV of the given record type, if present. */
    default <T extends Tlv> Optional<T> tlv(Class<T> type) {
        List<Tlv> tlvs = tlvs();
        for (int i = 0; i < tlvs.size(); i++) {
            Tlv t = tlvs.get(i);
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
