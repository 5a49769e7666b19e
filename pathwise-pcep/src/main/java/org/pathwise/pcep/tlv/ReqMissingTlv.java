package org.pathwise.pcep.tlv;

/** REQ-MISSING (type 3; RFC 5440 §7.15): the synchronized request that is missing (PCErr 7). */
public record ReqMissingTlv(long requestId) implements Tlv {}
