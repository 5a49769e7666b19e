package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Bytes;

/**
 * Label (type 3; RFC 3473 §5.1.1, RRO form RFC 3209 §4.4.1.3).
 *
 * @param upstream U: upstream label (bidirectional LSPs)
 * @param globalLabel RRO flag 0x01: the label is global
 * @param cType C-Type of the label (1 MPLS, 2 generalized, 3 waveband)
 * @param label the label contents
 */
public record LabelSubobject(boolean loose, boolean upstream, boolean globalLabel, int cType, Bytes label)
        implements Subobject {}
