package org.pathwise.session.capability;

import java.util.List;
import java.util.OptionalInt;
import org.pathwise.pcep.tlv.StatefulPceCapabilityTlv;

/**
 * What both ends of a session can use: a feature counts when both advertised it (RFC 8231 §5.4:
 * "stateful operation … only if both PCEP speakers advertised the capability"; RFC 8408 §3 for
 * path setup types; RFC 8697 §5.1 for association types).
 *
 * @param local what this speaker advertised
 * @param peer what the peer advertised
 * @param pathSetupTypes the PSTs both support; RSVP-TE (0) alone when a side sent no PST capability
 * @param peerMsd the SR-MPLS maximum SID depth the peer announced, when it did and is a PCC
 */
public record NegotiatedCapabilities(Capabilities local, Capabilities peer, boolean stateful, boolean lspUpdate,
        boolean lspInstantiation, boolean includeDbVersion, boolean triggeredResync, boolean deltaLspSync,
        boolean triggeredInitialSync, List<Integer> pathSetupTypes, OptionalInt peerMsd, boolean srv6,
        List<Integer> associationTypes, boolean p2mp, boolean gco) {

    public NegotiatedCapabilities {
        pathSetupTypes = List.copyOf(pathSetupTypes);
        associationTypes = List.copyOf(associationTypes);
    }

    public static NegotiatedCapabilities negotiate(Capabilities local, Capabilities peer) {
        boolean stateful = local.stateful().isPresent() && peer.stateful().isPresent();
        StatefulPceCapabilityTlv l = local.stateful().orElse(null);
        StatefulPceCapabilityTlv p = peer.stateful().orElse(null);
        List<Integer> psts = psts(local).stream().filter(psts(peer)::contains).toList();
        OptionalInt msd = peer.srCapability().map(s -> OptionalInt.of(s.maxSidDepth())).orElse(OptionalInt.empty());
        boolean srv6 = psts.contains(Advertised.PST_SRV6);
        List<Integer> associations = local.associationTypes().stream().filter(peer.associationTypes()::contains)
                .toList();
        return new NegotiatedCapabilities(local, peer, stateful,
                stateful && l.lspUpdate() && p.lspUpdate(),
                stateful && l.lspInstantiation() && p.lspInstantiation(),
                stateful && l.includeDbVersion() && p.includeDbVersion(),
                stateful && l.triggeredResync() && p.triggeredResync(),
                stateful && l.deltaLspSync() && p.deltaLspSync(),
                stateful && l.triggeredInitialSync() && p.triggeredInitialSync(),
                psts, msd, srv6, associations,
                local.p2mp() || peer.p2mp(),
                local.gco() || peer.gco());
    }

    /** RFC 8408 §3: without PATH-SETUP-TYPE-CAPABILITY only RSVP-TE; legacy SR-PCE-CAPABILITY adds SR. */
    private static List<Integer> psts(Capabilities c) {
        if (!c.pathSetupTypes().isEmpty()) {
            return c.pathSetupTypes();
        }
        return c.legacySr().isPresent() ? List.of(Advertised.PST_RSVP_TE, Advertised.PST_SR_MPLS)
                : List.of(Advertised.PST_RSVP_TE);
    }

    /** Whether SR-MPLS paths (PST 1) may be used on this session. */
    public boolean srMpls() {
        return pathSetupTypes.contains(Advertised.PST_SR_MPLS);
    }
}
