package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.types.Ipv4Address;

class RequestBuilderTest {
    private static final Ipv4Address A = Ipv4Address.parse("10.0.0.1");
    private static final Ipv4Address Z = Ipv4Address.parse("10.0.0.9");
    private static final Demand DEMAND = new Demand("a", "z", A, Z, 1_000_000);
    private static final EndpointsIpv4 ENDS = new EndpointsIpv4(ObjectFlags.P, A, Z);
    private static final Metric TE_C = new Metric(ObjectFlags.NONE, true, false, Metric.TE, 0f);

    @Test
    void shortestIsRpEndpointsAndTheTeMetricToReport() {
        PcReq req = RequestBuilder.build(DEMAND, RequestKind.SHORTEST, 7, new SplittableRandom(1));
        assertThat(req).isEqualTo(PcReq.of(Request.of(Rp.of(7, 0, List.of()), ENDS, TE_C)));
    }

    @Test
    void bandwidthAsksForTheDemandsValue() {
        PcReq req = RequestBuilder.build(DEMAND, RequestKind.BANDWIDTH, 1, new SplittableRandom(1));
        assertThat(req.requests().get(0).objects())
                .containsExactly(Rp.of(1, 0, List.of()), ENDS, Bandwidth.requested(1_000_000f), TE_C);
        Demand none = new Demand("a", "z", A, Z, 0);
        assertThat(RequestBuilder.build(none, RequestKind.BANDWIDTH, 1, new SplittableRandom(1)).requests().get(0)
                .bandwidth()).contains(Bandwidth.requested(12_500_000f));
    }

    @Test
    void boundsAreMetricsWithTheBFlagWithinTheirRanges() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            Metric hops = RequestBuilder.build(DEMAND, RequestKind.HOP_LIMIT, 1, r).requests().get(0).metrics().get(1);
            assertThat(hops.bound()).isTrue();
            assertThat(hops.metricType()).isEqualTo(Metric.HOP_COUNT);
            assertThat(hops.value()).isBetween(2f, 6f);
            Metric delay = RequestBuilder.build(DEMAND, RequestKind.DELAY_BOUND, 1, r).requests().get(0).metrics().get(1);
            assertThat(delay.metricType()).isEqualTo(Metric.PATH_DELAY);
            assertThat(delay.value()).isBetween(5_000f, 50_000f);
        }
    }

    @Test
    void affinityExcludesOneOfTheFirstFourAdminGroups() {
        Lspa lspa = RequestBuilder.build(DEMAND, RequestKind.AFFINITY, 1, new SplittableRandom(2)).requests().get(0)
                .lspa().orElseThrow();
        assertThat(Long.bitCount(lspa.excludeAny())).isEqualTo(1);
        assertThat(lspa.excludeAny()).isLessThan(16);
        assertThat(lspa.includeAny()).isZero();
    }

    @Test
    void disjointIsTwoRequestsUnderALinkDiverseSvec() {
        PcReq req = RequestBuilder.build(DEMAND, RequestKind.DISJOINT, 11, new SplittableRandom(1));
        assertThat(req.leading()).containsExactly(new Svec(ObjectFlags.P, true, false, false, false, false, List.of(11L, 12L)));
        assertThat(req.requests()).containsExactly(Request.of(Rp.of(11, 0, List.of()), ENDS, TE_C),
                Request.of(Rp.of(12, 0, List.of()), ENDS, TE_C));
    }

    @Test
    void srCarriesPathSetupTypeOneAndWidestTheMbpObjective() {
        PcReq sr = RequestBuilder.build(DEMAND, RequestKind.SR, 3, new SplittableRandom(1));
        assertThat(sr.requests().get(0).rp().tlvs()).containsExactly(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS));
        PcReq widest = RequestBuilder.build(DEMAND, RequestKind.WIDEST, 3, new SplittableRandom(1));
        assertThat(widest.requests().get(0).objectiveFunction()).contains(new ObjectiveFunction(ObjectFlags.P, 3, List.of()));
    }

    @ParameterizedTest
    @EnumSource(RequestKind.class)
    void everyKindSurvivesTheWire(RequestKind kind) {
        PcReq req = RequestBuilder.build(DEMAND, kind, 100, new SplittableRandom(9));
        PcepCodec codec = PcepCodec.standard();
        DecodeResult back = codec.decode(codec.encode(req));
        assertThat(back).isEqualTo(new DecodeResult.Decoded(req));
        assertThat(req.requests()).hasSize(kind.requestsPerMessage());
    }
}
