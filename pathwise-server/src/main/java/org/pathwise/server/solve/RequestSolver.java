package org.pathwise.server.solve;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.loadbalance.LoadBalanceRequest;
import org.pathwise.compute.loadbalance.LoadBalanceResult;
import org.pathwise.compute.loadbalance.LoadBalancer;
import org.pathwise.compute.sr.SidListEncoder;
import org.pathwise.compute.sr.SrEncoding;
import org.pathwise.compute.sr.SrPathComputer;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.types.Ipv6Address;
import org.pathwise.server.PeerCapabilities;
import org.pathwise.server.translate.Answer;
import org.pathwise.server.translate.ComputedPath;
import org.pathwise.server.translate.ParsedRequest;
import org.pathwise.server.translate.RequestResolver;
import org.pathwise.server.translate.Resolution;
import org.pathwise.server.translate.RsvpEro;
import org.pathwise.server.translate.SrEro;
import org.pathwise.ted.TeSnapshot;

/**
 * Answers one request on one snapshot: resolve, compute, check the reverse direction when B is
 * set, encode the ERO: IPv4/IPv6 hops for RSVP-TE (PST 0), an SR-ERO within the head-end's MSD
 * for SR-MPLS (PST 1, via compute.sr); with LOAD-BALANCING (RFC 5440 §7.16) a split over up to
 * Max-LSP paths (compute.loadbalance), each path with its own ERO and BANDWIDTH. Thread-safe (the
 * computers keep per-thread workspaces).
 */
public final class RequestSolver {
    private final PathComputer computer;
    private final SrPathComputer srComputer;
    private final LoadBalancer balancer;
    private final SidListEncoder sidLists = new SidListEncoder();
    private final int srCandidates;
    private final int defaultMsd;

    /**
     * @param srCandidates how many paths, in increasing cost, an SR request tries before giving up
     *     on the MSD (SrPathComputer)
     * @param defaultMsd MSD for a peer that announced none
     */
    public RequestSolver(PathComputer.Limits limits, int srCandidates, int defaultMsd) {
        this.computer = new PathComputer(limits);
        this.srComputer = new SrPathComputer(computer);
        this.balancer = new LoadBalancer(limits);
        this.srCandidates = srCandidates;
        this.defaultMsd = defaultMsd;
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
        if (p.loadBalancing() != null && p.loadBalancing().maxLsps() > 1 && request.bandwidth() > 0) {
            return split(p, request, s, peer);
        }
        if (p.segmentRouting()) {
            return switch (srComputer.compute(s, request, msd(p, peer), srCandidates)) {
                case SrEncoding.Failed f -> Answer.NoPath.of(f.noPath());
                case SrEncoding.Encoded e -> sr(p, request, e, s);
            };
        }
        return switch (computer.compute(s, request)) {
            case PathResult.NoPath none -> Answer.NoPath.of(none);
            case PathResult.Found found -> encode(p, request, found.first(), s, peer);
        };
    }

    /**
     * RFC 5440 §7.16: the bandwidth over at most Max-LSP paths of at least Min-Bandwidth each. The
     * answer lists every path with the share it carries; a single path when one suffices.
     */
    private Answer split(ParsedRequest p, PathRequest request, TeSnapshot s, PeerCapabilities peer) {
        float min = p.loadBalancing().minBandwidth();
        LoadBalanceRequest lb = new LoadBalanceRequest(request, p.loadBalancing().maxLsps(),
                Float.isFinite(min) && min > 0 ? min : 0);
        return switch (balancer.compute(s, lb)) {
            case LoadBalanceResult.Failed f -> Answer.NoPath.of(f.noPath());
            case LoadBalanceResult.Split split -> {
                List<ComputedPath> paths = new ArrayList<>(split.shares().size());
                Answer failed = null;
                for (LoadBalanceResult.Share share : split.shares()) {
                    Answer one = encode(p, request, share.path(), s, peer);
                    if (one instanceof Answer.Paths ok) {
                        ComputedPath c = ok.paths().get(0);
                        paths.add(new ComputedPath(c.path(), c.hops(), c.sidDepth(), share.bandwidth()));
                    } else {
                        failed = one;
                        break;
                    }
                }
                yield failed != null ? failed : new Answer.Paths(paths);
            }
        };
    }

    /** Turns one computed path into the answer's ERO, or a NO-PATH when it cannot be written. */
    public Answer encode(ParsedRequest p, PathRequest request, Path path, TeSnapshot s, PeerCapabilities peer) {
        if (p.segmentRouting()) {
            return switch (sidLists.encode(s, path, msd(p, peer))) {
                case SrEncoding.Failed f -> Answer.NoPath.of(f.noPath());
                case SrEncoding.Encoded e -> sr(p, request, e, s);
            };
        }
        PathResult.NoPath reverse = reverseCheck(p, request, path, s);
        if (reverse != null) {
            return Answer.NoPath.of(reverse);
        }
        List<Subobject> hops = RsvpEro.hops(s, path, p.source() instanceof Ipv6Address);
        if (hops == null) {
            return Answer.NoPath.of(PathResult.NoPath.of(NoPathReason.NO_ROUTE, "node '" + RsvpEro.unnamedNode(s, path)
                    + "' on the path has no address, so no ERO can name it; add addresses to the topology"));
        }
        return new Answer.Paths(List.of(new ComputedPath(path, hops, 0, p.bandwidth())));
    }

    private Answer sr(ParsedRequest p, PathRequest request, SrEncoding.Encoded e, TeSnapshot s) {
        PathResult.NoPath reverse = reverseCheck(p, request, e.path(), s);
        if (reverse != null) {
            return Answer.NoPath.of(reverse);
        }
        return new Answer.Paths(List.of(new ComputedPath(e.path(), SrEro.hops(e, p.rp().loose()), e.depth(),
                p.bandwidth())));
    }

    private static PathResult.NoPath reverseCheck(ParsedRequest p, PathRequest request, Path path, TeSnapshot s) {
        return p.rp().bidirectional() ? CoRouted.check(s, path, request) : null;
    }

    /** The SID depth allowed: the peer's MSD, lowered by a SID-depth bound (METRIC type 11, RFC 8664 §4.4.3). */
    private int msd(ParsedRequest p, PeerCapabilities peer) {
        int msd = peer.segmentRouting() ? peer.maxSidDepth() : defaultMsd;
        if (msd == PeerCapabilities.UNLIMITED_MSD) {
            msd = SidListEncoder.NO_MSD_LIMIT;
        }
        return p.maxSidDepth() > 0 ? Math.min(msd, p.maxSidDepth()) : msd;
    }
}
