package org.pathwise.pcep.tlv;

/**
 * AUTO-BANDWIDTH-CAPABILITY (type 36; RFC 8733 §4.1). No flag is assigned; whatever bits arrive are
 * kept for the round trip.
 */
public record AutoBandwidthCapabilityTlv(int unassignedFlags) implements Tlv {}
