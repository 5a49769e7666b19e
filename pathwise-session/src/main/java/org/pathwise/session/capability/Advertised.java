package org.pathwise.session.capability;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;
import org.pathwise.pcep.tlv.Srv6PceCapabilityTlv;
import org.pathwise.pcep.tlv.StatefulPceCapabilityTlv;

/** The default capability sets Pathwise advertises, per role. Configurable: these are starting points. */
public final class Advertised {
    private Advertised() {}

    /** RFC 8408 path setup types. */
    public static final int PST_RSVP_TE = 0;
    public static final int PST_SR_MPLS = 1;
    public static final int PST_SRV6 = 3;

    /**
     * What the Pathwise PCE supports: active stateful with PCE-initiated LSPs and triggered /
     * delta / initial resync (RFC 8231/8232/8281), RSVP-TE, SR-MPLS and SRv6 path setup (MSD 0:
     * RFC 8664 §4.1.2, a PCE sends 0 and the field is ignored), path protection (1), disjointness
     * (2), policy (3) and SR policy (6) associations (RFC 8697, 8745, 8800, 9005, and the SR policy association type 6), the RFC 5541
     * objective functions 1–6 (4–6 being the GCO set of RFC 5557), P2MP (RFC 8306).
     */
    public static Capabilities pce() {
        return new Capabilities(
                Optional.of(new StatefulPceCapabilityTlv(true, false, true, true, true, true, 0)),
                List.of(PST_RSVP_TE, PST_SR_MPLS, PST_SRV6),
                Optional.of(new SrPceCapabilityTlv(false, false, 0)),
                Optional.of(new Srv6PceCapabilityTlv(false, List.of())),
                Optional.empty(),
                List.of(1, 2, 3, 6),
                OptionalLong.empty(),
                Optional.empty(),
                List.of(1, 2, 3, 4, 5, 6),
                true,
                List.of());
    }

    /** A stateless PCC: no capability TLVs at all (RFC 5440 only). */
    public static Capabilities statelessPcc() {
        return Capabilities.NONE;
    }

    /**
     * A stateful SR PCC as FRR pathd presents itself: U and I flags, PST SR with MSD {@code msd}.
     */
    public static Capabilities statefulSrPcc(int msd) {
        return new Capabilities(
                Optional.of(StatefulPceCapabilityTlv.activeWithInstantiation()),
                List.of(PST_SR_MPLS),
                Optional.of(new SrPceCapabilityTlv(false, false, msd)),
                Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty(), Optional.empty(), List.of(),
                false, List.of());
    }
}
