package org.pathwise.pcep.tlv;

import java.util.List;

/**
 * SRv6-PCE-CAPABILITY (type 27, sub-TLV of PATH-SETUP-TYPE-CAPABILITY; RFC 9603 §4.1.1).
 *
 * @param naiResolution N
 * @param msds (MSD-Type, MSD-Value) pairs (IGP MSD types of RFC 9352)
 */
public record Srv6PceCapabilityTlv(boolean naiResolution, List<Msd> msds) implements Tlv {
    public Srv6PceCapabilityTlv {
        msds = List.copyOf(msds);
    }

    /** One maximum SID depth entry. */
    public record Msd(int type, int value) {}
}
