package org.pathwise.server.translate;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.Bound;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.ObjectiveFunction;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.LoadBalancing;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.types.IpAddress;

/**
 * One PCReq {@code <request>} checked and decoded into what the computation needs, before any TED
 * lookup: this is what the I/O thread produces and the queue carries. Addresses are still PCEP
 * addresses; a worker resolves them against the snapshot it computes on ({@link RequestResolver}).
 *
 * @param request the request as received (its objects are echoed in the reply)
 * @param pathSetupType RFC 8408 PST: 0 RSVP-TE, 1 SR-MPLS
 * @param bandwidth requested bytes/s (BANDWIDTH type 1), 0 when absent
 * @param existingBandwidth bytes/s the LSP holds now (BANDWIDTH after the RRO, or type 2), or
 *     null when the request is not a re-optimisation
 * @param objective the metric to minimise (first METRIC with B clear), or the server default
 * @param bounds the METRIC objects with B set, as bounds
 * @param reportMetrics the METRIC objects with C set: their computed values go into the reply
 * @param maxSidDepth a SID-depth bound (METRIC type 11 with B, RFC 8664 §4.4.3), 0 for none
 * @param objectiveFunction the OF object's function, or null
 * @param lspa the LSPA object, or null (RFC 5440 §7.11: then priorities 0 and no affinities)
 * @param iro the IRO, or null
 * @param xro the XRO, or null
 * @param rro the RRO of the existing LSP (R flag), or null
 * @param loadBalancing the LOAD-BALANCING object, or null
 * @param lsp the stateful LSP object (RFC 8231 §6.4), echoed in the reply, or null
 */
public record ParsedRequest(Request request, IpAddress source, IpAddress destination, int pathSetupType,
        double bandwidth, Double existingBandwidth, MetricKind objective, List<Bound> bounds,
        List<Metric> reportMetrics, int maxSidDepth, ObjectiveFunction objectiveFunction, Lspa lspa, Iro iro,
        Xro xro, Rro rro, LoadBalancing loadBalancing, Lsp lsp) {

    public ParsedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(objective, "objective");
        bounds = List.copyOf(bounds);
        reportMetrics = List.copyOf(reportMetrics);
    }

    public Rp rp() {
        return request.rp();
    }

    public long requestId() {
        return request.rp().requestId();
    }

    /** RP priority: 0 (unspecified, served last) to 7 (highest); RFC 5440 §7.4.1. */
    public int priority() {
        return request.rp().priority();
    }

    public boolean segmentRouting() {
        return pathSetupType == org.pathwise.pcep.tlv.PathSetupTypeTlv.SR_MPLS;
    }
}
