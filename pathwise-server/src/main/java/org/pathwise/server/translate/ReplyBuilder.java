package org.pathwise.server.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.NoPathReason;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.Tlv;

/**
 * Builds the PCRep {@code <response>} for a request (RFC 5440 §6.5 with RFC 8231 §6.5's LSP):
 * {@code <RP> [<LSP>] <NO-PATH> [unsatisfied constraints]} or
 * {@code <RP> [<LSP>] (<ERO> [<OF>] [<LSPA>] [<BANDWIDTH>] [<METRIC>...] [<IRO>])+}.
 * docs/server.md, "Replies", is the table this code implements.
 */
public final class ReplyBuilder {
    /** RFC 5541 §4: Minimum Cost Path, what a request without OF gets. */
    private static final int MINIMUM_COST_PATH = 1;

    private final boolean reportUnsatisfied;

    /** @param reportUnsatisfied answer NO-PATH with C set and the constraints that failed (RFC 5440 §7.5) */
    public ReplyBuilder(boolean reportUnsatisfied) {
        this.reportUnsatisfied = reportUnsatisfied;
    }

    public Response response(ParsedRequest p, Answer answer) {
        return switch (answer) {
            case Answer.Paths paths -> paths(p, paths.paths());
            case Answer.NoPath none -> noPath(p, none);
        };
    }

    private Response paths(ParsedRequest p, List<ComputedPath> paths) {
        boolean loose = false;
        for (ComputedPath c : paths) {
            loose |= c.loose();
        }
        List<PcepObject> out = new ArrayList<>(8);
        out.add(replyRp(p.rp(), loose));
        if (p.lsp() != null) {
            out.add(p.lsp());
        }
        for (ComputedPath c : paths) {
            out.add(new Ero(ObjectFlags.NONE, c.hops()));
            if (p.rp().supplyOf()) {
                // RFC 5541 §3.1: RP S flag: the reply names the objective function applied, first
                // in the attribute list; without an OF in the request, minimum cost (MCP, 1).
                int code = p.objectiveFunction() != null ? p.objectiveFunction().code() : MINIMUM_COST_PATH;
                out.add(new ObjectiveFunction(ObjectFlags.NONE, code, List.of()));
            }
            if (p.lspa() != null) {
                out.add(p.lspa());
            }
            // The bandwidth this path carries: the request's, or this path's share when load balancing.
            if (p.bandwidth() > 0 || paths.size() > 1 || p.request().bandwidth().isPresent()) {
                out.add(new Bandwidth(ObjectFlags.NONE, false, (float) c.bandwidth()));
            }
            for (Metric m : p.reportMetrics()) {
                out.add(new Metric(ObjectFlags.NONE, false, false, m.metricType(), computedValue(m.metricType(), c)));
            }
            p.request().iro().ifPresent(out::add);
        }
        return new Response(out);
    }

    private static float computedValue(int metricType, ComputedPath c) {
        if (metricType == Metric.SID_DEPTH) {
            return c.sidDepth();
        }
        MetricKind kind = MetricTypes.kind(metricType);
        return (float) c.path().metric(kind);
    }

    private Response noPath(ParsedRequest p, Answer.NoPath none) {
        Set<ConstraintKind> unsatisfied = none.noPath().unsatisfied();
        List<PcepObject> constraints = reportUnsatisfied ? unsatisfiedObjects(p.request(), unsatisfied) : List.of();
        List<Tlv> tlvs = new ArrayList<>(1);
        boolean unknownSource = none.unknownSource() || none.noPath().reason() == NoPathReason.SOURCE_UNKNOWN;
        boolean unknownDestination = none.unknownDestination()
                || none.noPath().reason() == NoPathReason.DESTINATION_UNKNOWN;
        if (unknownSource || unknownDestination || none.pceUnavailable()) {
            tlvs.add(new NoPathVectorTlv(none.pceUnavailable(), unknownDestination, unknownSource, false, false,
                    false, false, false, 0));
        }
        List<PcepObject> out = new ArrayList<>(3 + constraints.size());
        out.add(replyRp(p.rp(), false));
        if (p.lsp() != null) {
            out.add(p.lsp());
        }
        // NI 0: no path satisfies the constraints (RFC 5440 §7.5); C: the constraints follow.
        out.add(new NoPath(ObjectFlags.NONE, 0, !constraints.isEmpty(), tlvs));
        out.addAll(constraints);
        return new Response(out);
    }

    /**
     * The request's own objects for each constraint family that failed, in attribute-list order
     * (RFC 5440 §6.5: LSPA, BANDWIDTH, metric-list, IRO; RFC 5521: XRO).
     */
    static List<PcepObject> unsatisfiedObjects(Request r, Set<ConstraintKind> unsatisfied) {
        List<PcepObject> out = new ArrayList<>(unsatisfied.size());
        if (unsatisfied.contains(ConstraintKind.AFFINITY)) {
            r.lspa().ifPresent(out::add);
        }
        if (unsatisfied.contains(ConstraintKind.BANDWIDTH)) {
            r.bandwidth().ifPresent(out::add);
        }
        for (Metric m : r.metrics()) {
            MetricKind kind = MetricTypes.kind(m.metricType());
            if (m.bound() && kind != null && unsatisfied.contains(ConstraintKind.boundOn(kind))) {
                out.add(m);
            }
        }
        if (unsatisfied.contains(ConstraintKind.INCLUDE_ROUTE)) {
            r.iro().ifPresent(out::add);
        }
        if (unsatisfied.contains(ConstraintKind.EXCLUSION)) {
            r.xro().ifPresent(out::add);
        }
        return out;
    }

    /** The request's RP echoed (same id, priority, flags and TLVs such as PST), O telling loose. */
    static Rp replyRp(Rp rp, boolean loose) {
        return new Rp(ObjectFlags.P, rp.priority(), rp.reoptimization(), rp.bidirectional(), loose, rp.vspt(),
                rp.supplyOf(), rp.pathKey(), rp.reportOrder(), rp.makeBeforeBreak(), rp.eroCompression(), rp.p2mp(),
                rp.fragmentation(), rp.coreTree(), 0, rp.requestId(), rp.tlvs());
    }
}
