package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/**
 * LABEL-SET (type 43; RFC 8779 §2.5.2.5) in the RFC 3471 §3.5 layout.
 *
 * @param action 0 inclusive list, 1 exclusive list, 2 inclusive range, 3 exclusive range, 4 bitmap
 * @param flags the 10 bits between Action and Label Type, where RFC 8779 places its L, O and U
 *     bits; kept as sent
 * @param labelType Label Type (14 bits)
 * @param subchannels the labels as sent, each in the technology's label format
 */
public record LabelSetTlv(int action, int flags, int labelType, Bytes subchannels) implements Tlv {}
