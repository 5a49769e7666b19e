package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** SPEAKER-ENTITY-ID (type 24; RFC 8232 §4.2): a stable identity of the speaker across sessions. */
public record SpeakerEntityIdTlv(Bytes id) implements Tlv {}
