package org.pathwise.server.svec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.Diversity;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.pcep.object.Svec;
import org.pathwise.server.PeerCapabilities;
import org.pathwise.server.solve.RequestSolver;
import org.pathwise.server.translate.Answer;
import org.pathwise.server.translate.ComputedPath;
import org.pathwise.server.translate.ParsedRequest;
import org.pathwise.server.translate.RequestResolver;
import org.pathwise.server.translate.Resolution;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/**
 * Computes a set of synchronized requests together (RFC 5440 §7.13.2, RFC 6007) and answers the
 * set consistently: every member gets a path, or every member gets NO-PATH.
 *
 * <p>Two requests with the same endpoints and constraints and one diversity kind are solved as an
 * exact disjoint pair (minimum total cost, Suurballe). Any other set is a synchronized dependent
 * computation (RFC 6007 §2.2): members in RP-priority order, each computed with the previous
 * members' links (and their reverses), transit nodes or SRLGs excluded as the SVEC flags demand,
 * and on a TED where the previous members' bandwidth is already reserved at their holding priority.
 */
public final class SetSolver {
    private final RequestSolver solver;

    public SetSolver(RequestSolver solver) {
        this.solver = solver;
    }

    /** The answers, one per member, in {@code set.members()} order. */
    public List<Answer> solve(SvecGroups.RequestSet set, TeSnapshot snapshot, PeerCapabilities peer) {
        List<ParsedRequest> members = set.members();
        int n = members.size();
        PathRequest[] requests = new PathRequest[n];
        for (int i = 0; i < n; i++) {
            Resolution r = RequestResolver.resolve(members.get(i), snapshot);
            if (r instanceof Resolution.Unresolved u) {
                Answer[] out = failAll(members, i, new Answer.NoPath(u.noPath(), u.unknownSource(),
                        u.unknownDestination(), false));
                return Arrays.asList(out);
            }
            requests[i] = ((Resolution.Resolved) r).request();
        }
        if (n == 2) {
            List<Answer> pair = exactPair(set, requests, snapshot, peer);
            if (pair != null) {
                return pair;
            }
        }
        return dependent(set, requests, snapshot, peer);
    }

    /** The exact pair, or null when the set is not a same-endpoints, same-constraints pair. */
    private List<Answer> exactPair(SvecGroups.RequestSet set, PathRequest[] r, TeSnapshot s, PeerCapabilities peer) {
        Flags f = Flags.between(set.svecs(), set.members().get(0).requestId(), set.members().get(1).requestId());
        Diversity.Disjointness kind = f.single();
        if (kind == null || !r[0].equals(r[1]) || r[0].pathCount() != 1 || !r[0].includeRoute().isEmpty()) {
            return null;
        }
        PathRequest pairRequest = r[0].toBuilder().disjoint(kind, Diversity.PairObjective.MIN_TOTAL).build();
        PathResult result = solver.computer().compute(s, pairRequest);
        List<ParsedRequest> m = set.members();
        if (result instanceof PathResult.NoPath none) {
            return Arrays.asList(failAll(m, 0, Answer.NoPath.of(withDiversity(none))));
        }
        PathResult.Found found = (PathResult.Found) result;
        if (found.caveats().contains(PathResult.Caveat.NOT_FULLY_DISJOINT) && !f.partial) {
            return Arrays.asList(failAll(m, 0, Answer.NoPath.of(new PathResult.NoPath(NoPathReason.NO_ROUTE,
                    "no fully " + kind.name().toLowerCase() + "-disjoint pair exists; the best pair shares "
                            + found.sharing(), Set.of(ConstraintKind.DIVERSITY)))));
        }
        Answer a = solver.encode(m.get(0), r[0], found.paths().get(0), s, peer);
        Answer b = solver.encode(m.get(1), r[1], found.paths().get(1), s, peer);
        return consistent(m, new Answer[] {a, b});
    }

    private List<Answer> dependent(SvecGroups.RequestSet set, PathRequest[] r, TeSnapshot snapshot, PeerCapabilities peer) {
        List<ParsedRequest> m = set.members();
        int n = m.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // RP priority first (7 highest), then the order received.
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -m.get(i).priority()).thenComparingInt(i -> i));
        Answer[] answers = new Answer[n];
        List<Integer> done = new ArrayList<>(n);
        List<Path> paths = new ArrayList<>(n);
        TeSnapshot s = snapshot;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            PathRequest.Builder b = r[i].toBuilder();
            boolean diverse = false;
            for (int d = 0; d < done.size(); d++) {
                Flags f = Flags.between(set.svecs(), m.get(done.get(d)).requestId(), m.get(i).requestId());
                diverse |= f.any();
                excludeFrom(b, f, paths.get(d), s, r[i]);
            }
            PathRequest request = b.build();
            Answer a = switch (solver.computer().compute(s, request)) {
                case PathResult.NoPath none -> Answer.NoPath.of(diverse ? withDiversity(none) : none);
                case PathResult.Found found -> solver.encode(m.get(i), request, found.first(), s, peer);
            };
            answers[i] = a;
            if (a instanceof Answer.NoPath) {
                return Arrays.asList(failAll(m, i, a));
            }
            Path path = ((Answer.Paths) a).paths().get(0).path();
            done.add(i);
            paths.add(path);
            if (request.bandwidth() > 0 && k < n - 1) {
                // An edit of unreserved bandwidth keeps link indices, so the earlier paths stay valid.
                s = reserve(s, path, request.bandwidth(), request.holdingPriority());
            }
        }
        return Arrays.asList(answers);
    }

    /** The exclusions that keep {@code b}'s path diverse from {@code previous} as {@code f} demands. */
    private static void excludeFrom(PathRequest.Builder b, Flags f, Path previous, TeSnapshot s, PathRequest own) {
        if (!f.any()) {
            return;
        }
        for (int l : previous.links()) {
            b.exclude(Exclusion.link(s.link(l).id()));
            if (s.reverse(l) >= 0) {
                b.exclude(Exclusion.link(s.link(s.reverse(l)).id()));
            }
            if (f.srlg) {
                for (int g = 0; g < s.srlgCount(l); g++) {
                    b.exclude(Exclusion.srlg(s.srlg(l, g)));
                }
            }
        }
        if (f.node) {
            int[] nodes = previous.nodes();
            for (int i = 1; i < nodes.length - 1; i++) {
                String id = s.node(nodes[i]).id();
                if (!id.equals(own.source()) && !id.equals(own.destination())) {
                    b.exclude(Exclusion.node(id));
                }
            }
        }
    }

    /** A snapshot where {@code bandwidth} is reserved on the path's links at {@code holding} priority. */
    private static TeSnapshot reserve(TeSnapshot s, Path path, double bandwidth, int holding) {
        TopologyBuilder b = s.toBuilder();
        for (int l : path.links()) {
            Link link = s.link(l);
            double[] unreserved = link.unreservedBandwidth();
            // RFC 4090/3209 pre-emption: a reservation held at priority h is unavailable to setups at h..7.
            for (int p = holding; p < unreserved.length; p++) {
                unreserved[p] = Math.max(0, unreserved[p] - bandwidth);
            }
            b.setUnreservedBandwidth(link.id(), unreserved);
        }
        return b.build();
    }

    private static PathResult.NoPath withDiversity(PathResult.NoPath none) {
        EnumSet<ConstraintKind> kinds = EnumSet.of(ConstraintKind.DIVERSITY);
        kinds.addAll(none.unsatisfied());
        return new PathResult.NoPath(none.reason(), none.detail(), kinds);
    }

    /** Every member NO-PATH: member {@code failed} with {@code why}, the others for its sake. */
    private static Answer[] failAll(List<ParsedRequest> m, int failed, Answer why) {
        Answer[] out = new Answer[m.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i == failed ? why : Answer.NoPath.of(PathResult.NoPath.of(NoPathReason.NO_ROUTE,
                    "synchronized (SVEC) with request " + m.get(failed).requestId() + ", which has no path"));
        }
        return out;
    }

    private static List<Answer> consistent(List<ParsedRequest> m, Answer[] answers) {
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] instanceof Answer.NoPath) {
                return Arrays.asList(failAll(m, i, answers[i]));
            }
        }
        return Arrays.asList(answers);
    }

    /** The diversity two requests must have: the OR of the flags of every SVEC naming both. */
    record Flags(boolean link, boolean node, boolean srlg, boolean partial) {
        static Flags between(List<Svec> svecs, long a, long b) {
            boolean l = false, n = false, g = false, p = false;
            for (Svec s : svecs) {
                if (s.requestIds().contains(a) && s.requestIds().contains(b)) {
                    l |= s.linkDiverse();
                    n |= s.nodeDiverse();
                    g |= s.srlgDiverse();
                    p |= s.partialDiverse();
                }
            }
            return new Flags(l, n, g, p);
        }

        boolean any() {
            return link || node || srlg;
        }

        /** The one disjointness the pair search serves, or null for none or a combination of N and S. */
        Diversity.Disjointness single() {
            if (node && srlg) {
                return null;
            }
            return node ? Diversity.Disjointness.NODE : srlg ? Diversity.Disjointness.SRLG
                    : link ? Diversity.Disjointness.LINK : null;
        }
    }
}
