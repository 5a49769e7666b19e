package org.pathwise.pcep.tlv;

/**
 * LABEL-REQUEST (type 42; RFC 8779 §2.5.2.4): the generalized label request of RFC 3471.
 *
 * @param encodingType LSP encoding type
 * @param switchingType switching type
 * @param gpid generalized PID
 */
public record LabelRequestTlv(int encodingType, int switchingType, int gpid) implements Tlv {}
