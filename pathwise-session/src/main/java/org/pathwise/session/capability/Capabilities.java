package org.pathwise.session.capability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.tlv.AssociationTypeListTlv;
import org.pathwise.pcep.tlv.LspDbVersionTlv;
import org.pathwise.pcep.tlv.OfListTlv;
import org.pathwise.pcep.tlv.P2mpCapableTlv;
import org.pathwise.pcep.tlv.PathSetupTypeCapabilityTlv;
import org.pathwise.pcep.tlv.SpeakerEntityIdTlv;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;
import org.pathwise.pcep.tlv.Srv6PceCapabilityTlv;
import org.pathwise.pcep.tlv.StatefulPceCapabilityTlv;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.types.Bytes;

/**
 * What one speaker advertises in its Open: the capability TLVs, typed. Built from configuration for
 * the local side ({@link #toTlvs()} writes the Open) and from the peer's Open for the other side
 * ({@link #fromOpen}).
 *
 * @param stateful STATEFUL-PCE-CAPABILITY (RFC 8231 U; RFC 8232 S, T, D, F; RFC 8281 I), empty when stateless
 * @param pathSetupTypes the PST list of PATH-SETUP-TYPE-CAPABILITY (RFC 8408: 0 RSVP-TE, 1 SR, 3 SRv6);
 *     empty when the TLV is absent
 * @param sr SR-PCE-CAPABILITY sub-TLV (RFC 8664 §4.1.2): N, X flags and MSD
 * @param srv6 SRv6-PCE-CAPABILITY sub-TLV (RFC 9603 §4.1.1): N flag and MSD types
 * @param legacySr SR-PCE-CAPABILITY sent as a top-level Open TLV (draft-ietf-pce-segment-routing
 *     before RFC 8664), still sent by older routers
 * @param associationTypes ASSOC-TYPE-LIST (RFC 8697 §5.1), empty when absent
 * @param lspDbVersion LSP-DB-VERSION (RFC 8232 §4.1)
 * @param speakerEntityId SPEAKER-ENTITY-ID (RFC 8232 §4.2)
 * @param objectiveFunctions OF-LIST (RFC 5541 §2.1), empty when absent
 * @param p2mp P2MP-CAPABLE (RFC 8306 §3.1.2)
 * @param other TLVs not listed above (vendor, unknown), kept as received
 */
public record Capabilities(Optional<StatefulPceCapabilityTlv> stateful, List<Integer> pathSetupTypes,
        Optional<SrPceCapabilityTlv> sr, Optional<Srv6PceCapabilityTlv> srv6, Optional<SrPceCapabilityTlv> legacySr,
        List<Integer> associationTypes, OptionalLong lspDbVersion, Optional<Bytes> speakerEntityId,
        List<Integer> objectiveFunctions, boolean p2mp, List<Tlv> other) {

    /** RFC 5541 §4: the objective functions for a set of synchronized requests (MBC, MLL, MCC). */
    private static final List<Integer> GCO_OBJECTIVE_FUNCTIONS = List.of(4, 5, 6);

    public static final Capabilities NONE = new Capabilities(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty(), Optional.empty(), List.of(), false,
            List.of());

    public Capabilities {
        pathSetupTypes = List.copyOf(pathSetupTypes);
        associationTypes = List.copyOf(associationTypes);
        objectiveFunctions = List.copyOf(objectiveFunctions);
        other = List.copyOf(other);
    }

    /**
     * Global concurrent optimisation (RFC 5557). GCO has no Open TLV of its own; a PCE shows it by
     * listing the synchronized-request objective functions of RFC 5541 (MBC, MLL, MCC) in OF-LIST.
     */
    public boolean gco() {
        return objectiveFunctions.stream().anyMatch(GCO_OBJECTIVE_FUNCTIONS::contains);
    }

    /** The MSD this speaker advertised for SR-MPLS, from the PST sub-TLV or the legacy TLV. */
    public Optional<SrPceCapabilityTlv> srCapability() {
        return sr.isPresent() ? sr : legacySr;
    }

    public static Capabilities fromOpen(OpenObject open) {
        return fromTlvs(open.tlvs());
    }

    public static Capabilities fromTlvs(List<Tlv> tlvs) {
        Optional<StatefulPceCapabilityTlv> stateful = Optional.empty();
        List<Integer> psts = List.of();
        Optional<SrPceCapabilityTlv> sr = Optional.empty();
        Optional<Srv6PceCapabilityTlv> srv6 = Optional.empty();
        Optional<SrPceCapabilityTlv> legacySr = Optional.empty();
        List<Integer> associations = List.of();
        OptionalLong dbVersion = OptionalLong.empty();
        Optional<Bytes> speaker = Optional.empty();
        List<Integer> ofs = List.of();
        boolean p2mp = false;
        List<Tlv> other = new ArrayList<>(0);
        for (Tlv tlv : tlvs) {
            switch (tlv) {
                case StatefulPceCapabilityTlv s -> stateful = Optional.of(s);
                case PathSetupTypeCapabilityTlv p -> {
                    psts = p.pathSetupTypes();
                    for (Tlv sub : p.subTlvs()) {
                        switch (sub) {
                            case SrPceCapabilityTlv s -> sr = Optional.of(s);
                            case Srv6PceCapabilityTlv s -> srv6 = Optional.of(s);
                            default -> { } // other PSTs' sub-TLVs carry nothing a session needs
                        }
                    }
                }
                case SrPceCapabilityTlv s -> legacySr = Optional.of(s);
                case AssociationTypeListTlv a -> associations = a.associationTypes();
                case LspDbVersionTlv v -> dbVersion = OptionalLong.of(v.version());
                case SpeakerEntityIdTlv s -> speaker = Optional.of(s.id());
                case OfListTlv o -> ofs = o.codes();
                case P2mpCapableTlv p -> p2mp = true;
                default -> other.add(tlv);
            }
        }
        return new Capabilities(stateful, psts, sr, srv6, legacySr, associations, dbVersion, speaker, ofs, p2mp,
                other);
    }

    /** The Open TLVs advertising these capabilities, in the order routers usually send them. */
    public List<Tlv> toTlvs() {
        List<Tlv> tlvs = new ArrayList<>(8);
        if (!objectiveFunctions.isEmpty()) {
            tlvs.add(new OfListTlv(objectiveFunctions));
        }
        if (p2mp) {
            tlvs.add(new P2mpCapableTlv(0));
        }
        stateful.ifPresent(tlvs::add);
        lspDbVersion.ifPresent(v -> tlvs.add(new LspDbVersionTlv(v)));
        speakerEntityId.ifPresent(id -> tlvs.add(new SpeakerEntityIdTlv(id)));
        if (!pathSetupTypes.isEmpty()) {
            List<Tlv> subs = new ArrayList<>(2);
            sr.ifPresent(subs::add);
            srv6.ifPresent(subs::add);
            tlvs.add(new PathSetupTypeCapabilityTlv(pathSetupTypes, subs));
        }
        legacySr.ifPresent(tlvs::add);
        if (!associationTypes.isEmpty()) {
            tlvs.add(new AssociationTypeListTlv(associationTypes));
        }
        tlvs.addAll(other);
        return tlvs;
    }

    public Capabilities withStateful(Optional<StatefulPceCapabilityTlv> s) {
        return new Capabilities(s, pathSetupTypes, sr, srv6, legacySr, associationTypes, lspDbVersion,
                speakerEntityId, objectiveFunctions, p2mp, other);
    }

    public Capabilities withPathSetupTypes(List<Integer> psts, Optional<SrPceCapabilityTlv> srCap,
            Optional<Srv6PceCapabilityTlv> srv6Cap) {
        return new Capabilities(stateful, psts, srCap, srv6Cap, legacySr, associationTypes, lspDbVersion,
                speakerEntityId, objectiveFunctions, p2mp, other);
    }
}
