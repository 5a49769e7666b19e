package org.pathwise.pcep.tlv;

/** PATH-SETUP-TYPE (type 28; RFC 8408 §4): 0 RSVP-TE, 1 SR-MPLS (RFC 8664), 3 SRv6 (RFC 9603). */
public record PathSetupTypeTlv(int pathSetupType) implements Tlv {
    public static final int RSVP_TE = 0;
    public static final int SR_MPLS = 1;
    public static final int SRV6 = 3;
}
