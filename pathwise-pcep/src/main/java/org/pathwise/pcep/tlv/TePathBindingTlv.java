package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/**
 * TE-PATH-BINDING (type 55; RFC 9604 §4): a binding SID for the LSP.
 *
 * @param bindingType BT: 0 20-bit MPLS label, 1 MPLS label stack entry, 2 SRv6 SID,
 *     3 SRv6 SID with endpoint behavior and structure
 * @param remove R: withdraw this binding
 * @param value Binding Value as sent
 */
public record TePathBindingTlv(int bindingType, boolean remove, Bytes value) implements Tlv {
    /** A BT=0 binding of a 20-bit label, as FRR and most routers send it. */
    public static TePathBindingTlv mplsLabel(int label) {
        return new TePathBindingTlv(0, false, Bytes.of((byte) (label >>> 12), (byte) (label >>> 4), (byte) (label << 4), (byte) 0));
    }
}
