package org.pathwise.server.translate;

import java.util.Set;
import org.pathwise.compute.Affinity;
import org.pathwise.compute.Bound;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.ExistingReservation;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.RouteHop;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.ted.TeSnapshot;

/**
 * Resolves a {@link ParsedRequest} against a TED snapshot into the neutral {@link PathRequest}
 * (docs/server.md, "PCEP → PathRequest"). Runs on a worker: reads the snapshot, never blocks.
 */
public final class RequestResolver {
    private RequestResolver() {}

    public static Resolution resolve(ParsedRequest p, TeSnapshot snapshot) {
        AddressBook book = AddressBook.of(snapshot);
        int source = book.node(Addresses.toInet(p.source()));
        int destination = book.node(Addresses.toInet(p.destination()));
        if (source < 0 || destination < 0) {
            // RFC 5440 §7.5 NO-PATH-VECTOR: unknown source / unknown destination.
            String detail = (source < 0 ? "no TED node has the source address " + p.source() : "")
                    + (source < 0 && destination < 0 ? "; " : "")
                    + (destination < 0 ? "no TED node has the destination address " + p.destination() : "");
            NoPathReason reason = source < 0 ? NoPathReason.SOURCE_UNKNOWN : NoPathReason.DESTINATION_UNKNOWN;
            return new Resolution.Unresolved(p, PathResult.NoPath.of(reason, detail), source < 0, destination < 0);
        }
        PathRequest.Builder b = PathRequest.between(snapshot.node(source).id(), snapshot.node(destination).id());
        b.bandwidth(p.bandwidth());
        Lspa lspa = p.lspa();
        if (lspa == null) {
            // RFC 5440 §7.11: no LSPA means setup and holding priorities 0 and no affinities.
            b.priorities(0, 0);
        } else {
            b.priorities(lspa.setupPriority(), lspa.holdingPriority());
            b.affinity(Affinity.of((int) lspa.excludeAny(), (int) lspa.includeAny(), (int) lspa.includeAll()));
        }
        b.minimise(p.objective());
        if (p.objectiveFunction() != null) {
            b.objectiveFunction(p.objectiveFunction());
        }
        for (Bound bound : p.bounds()) {
            b.bound(bound.metric(), bound.max());
        }
        if (p.iro() != null) {
            StringBuilder unknown = new StringBuilder();
            var hops = RouteObjects.includeRoute(p.iro(), book, unknown);
            if (hops == null) {
                return new Resolution.Unresolved(p, new PathResult.NoPath(NoPathReason.INCLUDE_ROUTE_UNKNOWN_HOP,
                        "the IRO hop " + unknown + " is not in the TED", Set.of(ConstraintKind.INCLUDE_ROUTE)),
                        false, false);
            }
            for (RouteHop hop : hops) {
                b.include(hop);
            }
        }
        if (p.xro() != null) {
            for (Exclusion x : RouteObjects.exclusions(p.xro(), book)) {
                b.exclude(x);
            }
        }
        if (p.rro() != null) {
            // RFC 5440 §7.4.1 R flag / RFC 5521 §2.1 F flag: credit the bandwidth the LSP holds on
            // its recorded links, so a re-optimised LSP does not count against itself.
            Set<String> held = RouteObjects.recordedLinks(p.rro(), book, source);
            double existing = p.existingBandwidth() == null ? 0 : p.existingBandwidth();
            b.existing(new ExistingReservation(held, existing));
            if (p.xro() != null && p.xro().fail()) {
                b.failBit(true);
            }
        }
        return new Resolution.Resolved(p, b.build());
    }
}
