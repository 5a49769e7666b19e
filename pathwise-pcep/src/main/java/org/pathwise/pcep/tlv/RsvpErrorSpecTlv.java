package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** RSVP-ERROR-SPEC (type 21; RFC 8231 §7.3.4): an RSVP ERROR_SPEC or USER_ERROR_SPEC object as sent. */
public record RsvpErrorSpecTlv(Bytes rsvpObject) implements Tlv {}
