package org.pathwise.server.translate;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.Bound;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.ObjectiveFunction;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsGeneralized;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.EndpointsIpv6;
import org.pathwise.pcep.object.EndpointsP2mpIpv4;
import org.pathwise.pcep.object.EndpointsP2mpIpv6;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.LoadBalancing;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.types.IpAddress;

/**
 * Checks a decoded PCReq request against the rules that need no TED (the I/O thread runs this, so
 * it is cheap and allocation-light) and decodes its objects into a {@link ParsedRequest}. Every
 * rejection carries the exact PCEP-ERROR pair; docs/server.md lists them.
 */
public final class RequestParser {
    private final MetricKind defaultMetric;

    /** @param defaultMetric the metric minimised when a request carries no METRIC with B clear */
    public RequestParser(MetricKind defaultMetric) {
        this.defaultMetric = defaultMetric;
    }

    public Parsing parse(Request request) {
        Rp rp = request.rp();
        PcepObject endpoints = request.endpoints();
        IpAddress source;
        IpAddress destination;
        switch (endpoints) {
            case EndpointsIpv4 e -> {
                source = e.source();
                destination = e.destination();
            }
            case EndpointsIpv6 e -> {
                source = e.source();
                destination = e.destination();
            }
            case EndpointsP2mpIpv4 e -> {
                return reject(rp, PcepErrors.P2MP_NOT_ALLOWED, "point-to-multipoint END-POINTS are not served");
            }
            case EndpointsP2mpIpv6 e -> {
                return reject(rp, PcepErrors.P2MP_NOT_ALLOWED, "point-to-multipoint END-POINTS are not served");
            }
            case EndpointsGeneralized e -> {
                return reject(rp, PcepErrors.NOT_SUPPORTED_OBJECT_TYPE, "generalized END-POINTS (RFC 8779) are not served");
            }
            default -> throw new IllegalStateException("not an END-POINTS object: " + endpoints);
        }

        int pst = rp.tlv(PathSetupTypeTlv.class).map(PathSetupTypeTlv::pathSetupType).orElse(PathSetupTypeTlv.RSVP_TE);
        if (pst != PathSetupTypeTlv.RSVP_TE && pst != PathSetupTypeTlv.SR_MPLS) {
            // RFC 8408 §4: a PST the PCE does not support.
            return reject(rp, PcepErrors.UNSUPPORTED_PATH_SETUP_TYPE, "path setup type " + pst + " is not supported");
        }

        // RFC 5440 §6.4: BANDWIDTH before the RRO is the requested one; the one right after the RRO
        // (normally type 2) is what the LSP holds now.
        double bandwidth = 0;
        Double existing = null;
        List<PcepObject> objects = request.objects();
        boolean requestedSeen = false;
        for (int i = 1; i < objects.size(); i++) {
            if (objects.get(i) instanceof Bandwidth b) {
                boolean afterRro = objects.get(i - 1) instanceof Rro;
                if (b.existing() || afterRro) {
                    existing = (double) nonNegative(b.bandwidth());
                } else if (!requestedSeen) {
                    bandwidth = nonNegative(b.bandwidth());
                    requestedSeen = true;
                }
            }
        }

        MetricKind objective = null;
        List<Bound> bounds = new ArrayList<>(2);
        List<Metric> report = new ArrayList<>(1);
        int sidDepth = 0;
        for (Metric m : request.metrics()) {
            MetricKind kind = MetricTypes.kind(m.metricType());
            if (m.metricType() == Metric.SID_DEPTH) {
                if (m.bound()) {
                    sidDepth = boundValue(m.value()) > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) boundValue(m.value());
                    sidDepth = Math.max(sidDepth, 0);
                }
                if (m.computed()) {
                    report.add(m);
                }
                continue;
            }
            if (kind == null) {
                if (m.flags().processingRule()) {
                    // RFC 8233 §3.1.1 (and RFC 5440 §7.2 for types Pathwise does not know): a metric
                    // the PCE cannot honour with P set rejects the request.
                    return reject(rp, PcepErrors.UNSUPPORTED_NETWORK_PERFORMANCE_CONSTRAINT,
                            "METRIC type " + m.metricType() + " is not supported");
                }
                continue;
            }
            if (m.bound()) {
                long max = boundValue(m.value());
                if (max != Long.MAX_VALUE) {
                    bounds.add(new Bound(kind, max));
                }
            } else if (objective == null) {
                objective = kind;
            }
            if (m.computed()) {
                report.add(m);
            }
        }

        ObjectiveFunction of = null;
        if (request.objectiveFunction().isPresent()) {
            var o = request.objectiveFunction().get();
            of = ObjectiveFunction.fromCode(o.code());
            if (of == null && o.flags().processingRule()) {
                // RFC 5541 §3.2: an unsupported OF with P set: PCErr 4/4 (unsupported parameter).
                return reject(rp, PcepErrors.NOT_SUPPORTED_PARAMETER, "objective function " + o.code() + " is not supported");
            }
        }

        Lspa lspa = request.lspa().orElse(null);
        if (lspa != null && (lspa.setupPriority() > 7 || lspa.holdingPriority() > 7)) {
            return reject(rp, PcepErrors.MALFORMED_OBJECT, "LSPA priorities must be 0..7, got setup "
                    + lspa.setupPriority() + " holding " + lspa.holdingPriority());
        }
        Rro rro = request.rro().orElse(null);
        if (rp.reoptimization() && rro == null) {
            // RFC 5440 §7.4.1: R set without the RRO of the LSP to re-optimise.
            return reject(rp, PcepErrors.RRO_MISSING_FOR_REOPTIMIZATION, "R flag set but the request has no RRO");
        }
        if (existing != null && rro == null) {
            existing = null;
        }
        if (rro != null && existing == null) {
            existing = bandwidth;
        }
        Iro iro = request.iro().orElse(null);
        Xro xro = request.xro().orElse(null);
        LoadBalancing lb = request.first(LoadBalancing.class).orElse(null);
        Lsp lsp = request.lsp().orElse(null);
        return new Parsing.Accepted(new ParsedRequest(request, source, destination, pst, bandwidth, existing,
                objective == null ? defaultMetric : objective, bounds, report, sidDepth, of, lspa, iro, xro, rro, lb,
                lsp));
    }

    /** A bound value as an integer limit: metrics are integers, so "at most 10.7" is "at most 10". */
    static long boundValue(float value) {
        if (Float.isNaN(value) || value < 0) {
            return 0;
        }
        if (Float.isInfinite(value) || value >= 9.2e18f) {
            return Long.MAX_VALUE;
        }
        return (long) Math.floor(value);
    }

    private static float nonNegative(float bytesPerSecond) {
        return Float.isFinite(bytesPerSecond) && bytesPerSecond > 0 ? bytesPerSecond : 0f;
    }

    private static Parsing reject(Rp rp, org.pathwise.pcep.ErrorCode code, String detail) {
        return new Parsing.Rejected(rp, code, detail);
    }
}
