package org.pathwise.server.solve;

import java.util.List;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.types.Ipv6Address;
import org.pathwise.server.PeerCapabilities;
import org.pathwise.server.translate.Answer;
import org.pathwise.server.translate.ComputedPath;
import org.pathwise.server.translate.ParsedRequest;
import org.pathwise.server.translate.RequestResolver;
import org.pathwise.server.translate.Resolution;
import org.pathwise.server.translate.RsvpEro;
import org.pathwise.ted.TeSnapshot;

/**
 * Answers one request on one snapshot: resolve, compute, check the reverse direction when B is
 * set, encode the ERO. Thread-safe (the computer keeps a workspace per thread).
 */
public final class RequestSolver {
    private final PathComputer computer;

    public RequestSolver(PathComputer computer) {
        this.computer = computer;
    }

    public PathComputer computer() {
        return computer;
    }

    public Answer solve(ParsedRequest p, TeSnapshot s, PeerCapabilities peer) {
        return switch (RequestResolver.resolve(p, s)) {
            case Resolution.Unresolved u -> new Answer.NoPath(u.noPath(), u.unknownSource(), u.unknownDestination(), false);
            case Resolution.Resolved r -> solve(p, r.request(), s, peer);
        };
    }

    /** Computes an already resolved (possibly adjusted, e.g. by SVEC) request. */
    public Answer solve(ParsedRequest p, PathRequest request, TeSnapshot s, PeerCapabilities peer) {
        PathResult result = computer.compute(s, request);
        return switch (result) {
            case PathResult.NoPath none -> Answer.NoPath.of(none);
            case PathResult.Found found -> encode(p, request, found.first(), s, peer);
        };
    }

    /** Turns one computed path into the answer's ERO, or a NO-PATH when it cannot be written. */
    public Answer encode(ParsedRequest p, PathRequest request, Path path, TeSnapshot s, PeerCapabilities peer) {
        if (p.rp().bidirectional()) {
            PathResult.NoPath reverse = CoRouted.check(s, path, request);
            if (reverse != null) {
                return Answer.NoPath.of(reverse);
            }
        }
        List<Subobject> hops = RsvpEro.hops(s, path, p.source() instanceof Ipv6Address);
        if (hops == null) {
            return Answer.NoPath.of(PathResult.NoPath.of(NoPathReason.NO_ROUTE, "node '" + RsvpEro.unnamedNode(s, path)
                    + "' on the path has no address, so no ERO can name it; add addresses to the topology"));
        }
        return new Answer.Paths(List.of(new ComputedPath(path, hops, 0, p.bandwidth())));
    }
}
