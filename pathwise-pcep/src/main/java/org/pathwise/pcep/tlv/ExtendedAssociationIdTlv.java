package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** EXTENDED-ASSOCIATION-ID (type 31; RFC 8697 §6.1.4): format defined per association type. */
public record ExtendedAssociationIdTlv(Bytes id) implements Tlv {}
