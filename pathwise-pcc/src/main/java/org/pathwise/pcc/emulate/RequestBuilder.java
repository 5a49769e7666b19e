package org.pathwise.pcc.emulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.Tlv;

/**
 * Turns a {@link Demand} and a {@link RequestKind} into a PCReq with the codec's model. The
 * random parts (bounds, affinity bit) come from the caller's seeded source, so a seed reproduces
 * a run message for message.
 */
public final class RequestBuilder {
    /** Bandwidth asked by {@link RequestKind#BANDWIDTH} when the demand has none: 100 Mbit/s in bytes/s. */
    public static final float DEFAULT_BANDWIDTH = 100e6f / 8;
    /** Path-delay bounds drawn uniformly from this range, microseconds (RFC 8233 §3.1 unit). */
    public static final int MIN_DELAY_BOUND_MICROS = 5_000;
    public static final int MAX_DELAY_BOUND_MICROS = 50_000;
    /** Hop-count bounds drawn uniformly from this range. */
    public static final int MIN_HOP_LIMIT = 2;
    public static final int MAX_HOP_LIMIT = 6;
    /** RFC 5541 §4: Maximum residual Bandwidth Path. */
    public static final int OF_MBP = 3;

    private static final List<Tlv> SR_TLVS = List.of(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS));
    private static final Metric TE_COMPUTED = new Metric(ObjectFlags.NONE, true, false, Metric.TE, 0f);

    private RequestBuilder() {
    }

    /**
     * The PCReq for {@code demand}; request IDs are {@code firstId}, {@code firstId + 1}, … (as
     * many as {@link RequestKind#requestsPerMessage()}).
     */
    public static PcReq build(Demand demand, RequestKind kind, long firstId, SplittableRandom random) {
        return switch (kind) {
            case DISJOINT -> {
                Svec svec = new Svec(ObjectFlags.P, true, false, false, false, false, List.of(firstId, firstId + 1));
                yield new PcReq(List.of(svec), List.of(plain(demand, firstId, List.of()),
                        plain(demand, firstId + 1, List.of())));
            }
            case SR -> PcReq.of(plain(demand, firstId, SR_TLVS));
            default -> PcReq.of(single(demand, kind, firstId, random));
        };
    }

    private static Request single(Demand demand, RequestKind kind, long id, SplittableRandom random) {
        List<PcepObject> objects = new ArrayList<>(5);
        objects.add(Rp.of(id, 0, List.of()));
        objects.add(endpoints(demand));
        switch (kind) {
            case AFFINITY -> objects.add(new Lspa(ObjectFlags.P, 1L << random.nextInt(4), 0, 0, 7, 7, false, List.of()));
            case BANDWIDTH -> objects.add(Bandwidth.requested(
                    demand.bandwidth() > 0 ? (float) demand.bandwidth() : DEFAULT_BANDWIDTH));
            default -> { }
        }
        objects.add(TE_COMPUTED);
        switch (kind) {
            case DELAY_BOUND -> objects.add(new Metric(ObjectFlags.P, false, true, Metric.PATH_DELAY,
                    random.nextInt(MIN_DELAY_BOUND_MICROS, MAX_DELAY_BOUND_MICROS + 1)));
            case HOP_LIMIT -> objects.add(new Metric(ObjectFlags.P, false, true, Metric.HOP_COUNT,
                    random.nextInt(MIN_HOP_LIMIT, MAX_HOP_LIMIT + 1)));
            case WIDEST -> objects.add(new ObjectiveFunction(ObjectFlags.P, OF_MBP, List.of()));
            default -> { }
        }
        return new Request(objects);
    }

    private static Request plain(Demand demand, long id, List<Tlv> rpTlvs) {
        return Request.of(Rp.of(id, 0, rpTlvs), endpoints(demand), TE_COMPUTED);
    }

    private static EndpointsIpv4 endpoints(Demand demand) {
        return new EndpointsIpv4(ObjectFlags.P, demand.source(), demand.destination());
    }
}
