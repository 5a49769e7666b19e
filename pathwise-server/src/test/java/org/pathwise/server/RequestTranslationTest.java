package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.server.Pcep.bandwidth;
import static org.pathwise.server.Pcep.bound;
import static org.pathwise.server.Pcep.computed;
import static org.pathwise.server.Pcep.endpoints;
import static org.pathwise.server.Pcep.hop;
import static org.pathwise.server.Pcep.hops;
import static org.pathwise.server.Pcep.objective;
import static org.pathwise.server.Pcep.pcreq;
import static org.pathwise.server.Pcep.request;
import static org.pathwise.server.Pcep.rp;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.LoadBalancing;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.SrlgSubobject;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;

/** Every request constraint and reply kind, fed as decoded messages (no TCP). */
class RequestTranslationTest {
    private final PceServer server = new PceServer(ServerConfig.builder().build(), new TeDatabase(TestNetwork.square()));
    private final RecordingSession pcc = new RecordingSession("pcc");

    @AfterEach
    void stop() {
        server.close();
    }

    private Message send(Request... requests) {
        server.message(pcc, pcreq(requests), System.nanoTime());
        return pcc.next();
    }

    private Response ask(PcepObject... objects) {
        Message m = send(request(objects));
        assertThat(m).isInstanceOf(PcRep.class);
        assertThat(((PcRep) m).responses()).hasSize(1);
        return ((PcRep) m).responses().get(0);
    }

    private static List<Ipv4PrefixSubobject> eroOf(Response r) {
        assertThat(r.noPath()).isEmpty();
        assertThat(r.paths()).hasSize(1);
        return r.paths().get(0).ero().subobjects().stream().map(Ipv4PrefixSubobject.class::cast).toList();
    }

    private static List<String> hopAddresses(Response r) {
        return eroOf(r).stream().map(h -> h.address().toString()).toList();
    }

    @Test
    void cheapestPathIsTheEroOfRemoteInterfaceAddressesWithStrictHops() {
        Response r = ask(rp(1), endpoints("1.1.1.1", "4.4.4.4"));
        assertThat(r.rp().requestId()).isEqualTo(1);
        assertThat(r.rp().loose()).isFalse();
        assertThat(eroOf(r)).containsExactly(
                new Ipv4PrefixSubobject(false, Ipv4Address.parse("10.0.13.3"), 32, 0),
                new Ipv4PrefixSubobject(false, Ipv4Address.parse("10.0.34.4"), 32, 0));
        // No BANDWIDTH asked, no metric with C: the path has no attributes.
        assertThat(r.paths().get(0).attributes()).isEmpty();
    }

    @Test
    void metricWithCFlagReturnsTheComputedValue() {
        Response r = ask(rp(2), endpoints("1.1.1.1", "4.4.4.4"), computed(Metric.TE), computed(Metric.HOP_COUNT),
                computed(Metric.IGP));
        assertThat(r.paths().get(0).attributes()).containsExactly(
                new Metric(ObjectFlags.NONE, false, false, Metric.TE, 10f),
                new Metric(ObjectFlags.NONE, false, false, Metric.HOP_COUNT, 2f),
                new Metric(ObjectFlags.NONE, false, false, Metric.IGP, 10f));
    }

    @Test
    void hopCountObjectiveAndMetricTypeMapping() {
        // Minimising hops: A-B-D and A-C-D both have 2 hops; either is a 2-hop path.
        Response r = ask(rp(3), endpoints("1.1.1.1", "4.4.4.4"), objective(Metric.HOP_COUNT), computed(Metric.HOP_COUNT));
        assertThat(r.paths().get(0).attributes()).containsExactly(new Metric(ObjectFlags.NONE, false, false, Metric.HOP_COUNT, 2f));
    }

    @Test
    void bandwidthAvoidsTheThinLinkAndIsEchoed() {
        Response r = ask(rp(4), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f), computed(Metric.TE));
        assertThat(hopAddresses(r)).containsExactly("10.0.12.2", "10.0.24.4");
        assertThat(r.paths().get(0).attributes()).containsExactly(
                new Bandwidth(ObjectFlags.NONE, false, 500f),
                new Metric(ObjectFlags.NONE, false, false, Metric.TE, 20f));
    }

    @Test
    void boundExceededIsNoPathWithTheUnsatisfiedMetric() {
        Metric bound = bound(Metric.TE, 15f);
        Response r = ask(rp(5), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f), bound);
        NoPath np = r.noPath().orElseThrow();
        assertThat(np.natureOfIssue()).isZero();
        assertThat(np.unsatisfiedConstraints()).isTrue();
        assertThat(np.tlvs()).isEmpty();
        // C set: the constraint that failed follows (the bound; the bandwidth alone is satisfiable).
        assertThat(r.objects().subList(2, r.objects().size())).containsExactly(bound);
    }

    @Test
    void bandwidthNowhereAvailableReportsTheBandwidthObject() {
        Response r = ask(rp(6), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(5000f));
        assertThat(r.noPath().orElseThrow().unsatisfiedConstraints()).isTrue();
        assertThat(r.objects()).contains(bandwidth(5000f));
    }

    @Test
    void unknownEndpointsSetTheNoPathVectorBits() {
        Response dst = ask(rp(7), endpoints("1.1.1.1", "9.9.9.9"));
        assertThat(dst.noPath().orElseThrow().tlvs())
                .containsExactly(new NoPathVectorTlv(false, true, false, false, false, false, false, false, 0));
        Response both = ask(rp(8), endpoints("8.8.8.8", "9.9.9.9"));
        assertThat(both.noPath().orElseThrow().tlvs())
                .containsExactly(new NoPathVectorTlv(false, true, true, false, false, false, false, false, 0));
        Response src = ask(rp(9), endpoints("8.8.8.8", "4.4.4.4"));
        assertThat(src.noPath().orElseThrow().tlvs())
                .containsExactly(new NoPathVectorTlv(false, false, true, false, false, false, false, false, 0));
    }

    @Test
    void endpointsResolveByInterfaceAddressToo() {
        Response r = ask(rp(10), endpoints("10.0.12.1", "10.0.34.4"));
        assertThat(hopAddresses(r)).containsExactly("10.0.13.3", "10.0.34.4");
    }

    @Test
    void lspaExcludeAnyAvoidsTheColouredLinkAndEchoesLspa() {
        Lspa lspa = new Lspa(ObjectFlags.P, 0x1, 0, 0, 3, 3, false, List.of());
        Response r = ask(rp(11), endpoints("1.1.1.1", "4.4.4.4"), lspa);
        assertThat(hopAddresses(r)).containsExactly("10.0.12.2", "10.0.24.4");
        assertThat(r.paths().get(0).attributes()).containsExactly(lspa);
    }

    @Test
    void lspaIncludeAllThatNothingSatisfiesReportsTheLspa() {
        Lspa lspa = new Lspa(ObjectFlags.P, 0, 0, 0x4, 0, 0, false, List.of());
        Response r = ask(rp(12), endpoints("1.1.1.1", "4.4.4.4"), lspa);
        assertThat(r.noPath()).isPresent();
        assertThat(r.objects()).endsWith(lspa);
    }

    @Test
    void iroForcesTheRouteThroughItsHopsAndIsEchoed() {
        Iro iro = new Iro(ObjectFlags.P, List.of(hop("2.2.2.2", true)));
        Response r = ask(rp(13), endpoints("1.1.1.1", "4.4.4.4"), iro);
        assertThat(hopAddresses(r)).containsExactly("10.0.12.2", "10.0.24.4");
        assertThat(r.paths().get(0).attributes()).containsExactly(iro);
    }

    @Test
    void iroHopTheTedDoesNotKnowIsNoPathWithTheIro() {
        Iro iro = new Iro(ObjectFlags.P, List.of(hop("7.7.7.7", true)));
        Response r = ask(rp(14), endpoints("1.1.1.1", "4.4.4.4"), iro);
        assertThat(r.noPath()).isPresent();
        assertThat(r.objects()).endsWith(iro);
    }

    @Test
    void xroExcludesNodesInterfacesAndSrlgs() {
        Xro node = new Xro(ObjectFlags.P, false, List.of(new Ipv4PrefixSubobject(false, Ipv4Address.parse("3.3.3.3"), 32, 1)));
        assertThat(hopAddresses(ask(rp(15), endpoints("1.1.1.1", "4.4.4.4"), node)))
                .containsExactly("10.0.12.2", "10.0.24.4");
        Xro iface = new Xro(ObjectFlags.P, false, List.of(new Ipv4PrefixSubobject(false, Ipv4Address.parse("10.0.34.4"), 32, 0)));
        assertThat(hopAddresses(ask(rp(16), endpoints("1.1.1.1", "4.4.4.4"), iface)))
                .containsExactly("10.0.12.2", "10.0.24.4");
        // SRLG 100 is on A-B and B-D; excluding it and C-D leaves nothing.
        Xro srlgAndCd = new Xro(ObjectFlags.P, false, List.of(new SrlgSubobject(false, 100, 2),
                new Ipv4PrefixSubobject(false, Ipv4Address.parse("10.0.34.3"), 32, 0)));
        Response none = ask(rp(17), endpoints("1.1.1.1", "4.4.4.4"), srlgAndCd);
        assertThat(none.noPath()).isPresent();
        assertThat(none.objects()).endsWith(srlgAndCd);
        // The same with X set on the C-D interface: "exclude if possible" gives way.
        Xro preferred = new Xro(ObjectFlags.P, false, List.of(new SrlgSubobject(false, 100, 2),
                new Ipv4PrefixSubobject(true, Ipv4Address.parse("10.0.34.3"), 32, 0)));
        assertThat(hopAddresses(ask(rp(18), endpoints("1.1.1.1", "4.4.4.4"), preferred)))
                .containsExactly("10.0.13.3", "10.0.34.4");
    }

    @Test
    void reoptimisationCreditsTheBandwidthTheLspAlreadyHolds() {
        // A-B-D can carry 1000; an LSP holding 600 there asks for 700: only possible with its own credit.
        TeDatabase db = server.ted();
        db.update(b -> b.setUnreservedBandwidth("AB", fill(400)).setUnreservedBandwidth("BD", fill(400)));
        Request without = request(rp(19), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(700f));
        assertThat(((PcRep) send(without)).responses().get(0).noPath()).isPresent();
        Rro rro = new Rro(ObjectFlags.NONE, hops("10.0.12.1", "10.0.24.2"));
        Response r = ask(rp(20, true, false, false, List.of()), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(700f), rro,
                new Bandwidth(ObjectFlags.NONE, true, 600f));
        assertThat(hopAddresses(r)).containsExactly("10.0.12.2", "10.0.24.4");
        assertThat(r.rp().reoptimization()).isTrue();
    }

    private static double[] fill(double v) {
        double[] a = new double[8];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void bidirectionalNeedsTheReverseDirectionToo() {
        // The C-D reverse (D→C) loses its bandwidth: forward A-C-D is fine, but B needs D→C too.
        server.ted().update(b -> b.setUnreservedBandwidth("CD/r", fill(0)));
        Response oneWay = ask(rp(21), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(50f));
        assertThat(hopAddresses(oneWay)).containsExactly("10.0.13.3", "10.0.34.4");
        Response both = ask(rp(22, false, true, false, List.of()), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(50f));
        assertThat(both.noPath()).isPresent();
        assertThat(both.rp().bidirectional()).isTrue();
    }

    @Test
    void objectiveFunctionMinimumLoadPicksTheEmptierRoute() {
        server.ted().update(b -> b.setUnreservedBandwidth("AC", fill(100)));
        // MLP (code 2): the most loaded link of A-C-D is 90% used (A-C); A-B-D is empty.
        Response r = ask(rp(23), endpoints("1.1.1.1", "4.4.4.4"), new ObjectiveFunction(ObjectFlags.P, 2, List.of()));
        assertThat(hopAddresses(r)).containsExactly("10.0.12.2", "10.0.24.4");
    }

    @Test
    void loadBalancingSplitsTheBandwidthOverSeveralPathsEachWithItsShare() {
        // 1050 B/s cannot fit one path (A-B-D carries 1000, A-C-D 100); two paths can.
        Response r = ask(rp(24), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(1050f),
                new LoadBalancing(ObjectFlags.P, 2, 10f));
        assertThat(r.noPath()).isEmpty();
        assertThat(r.paths()).hasSize(2);
        double total = 0;
        for (Response.Path p : r.paths()) {
            Bandwidth share = (Bandwidth) p.attributes().get(0);
            assertThat(share.bandwidth()).isGreaterThanOrEqualTo(10f);
            total += share.bandwidth();
        }
        assertThat(total).isEqualTo(1050.0);
        assertThat(r.paths()).extracting(p -> p.ero().subobjects().get(0))
                .contains(new Ipv4PrefixSubobject(false, Ipv4Address.parse("10.0.13.3"), 32, 0));
        // One LSP allowed: no path.
        assertThat(ask(rp(25), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(1050f),
                new LoadBalancing(ObjectFlags.P, 1, 10f)).noPath()).isPresent();
    }

    @Test
    void supplyOfFlagNamesTheObjectiveFunctionInTheReply() {
        org.pathwise.pcep.object.Rp s = new org.pathwise.pcep.object.Rp(ObjectFlags.P, 0, false, false, false, false,
                true, false, false, false, false, false, false, false, 0, 26, List.of());
        assertThat(ask(s, endpoints("1.1.1.1", "4.4.4.4")).paths().get(0).attributes())
                .containsExactly(new ObjectiveFunction(ObjectFlags.NONE, 1, List.of()));
        org.pathwise.pcep.object.Rp s2 = new org.pathwise.pcep.object.Rp(ObjectFlags.P, 0, false, false, false, false,
                true, false, false, false, false, false, false, false, 0, 27, List.of());
        assertThat(ask(s2, endpoints("1.1.1.1", "4.4.4.4"), new ObjectiveFunction(ObjectFlags.P, 2, List.of()))
                .paths().get(0).attributes()).containsExactly(new ObjectiveFunction(ObjectFlags.NONE, 2, List.of()));
    }

    @Test
    void protocolErrorsAreAnsweredWithTheExactPcErrNamingTheRequest() {
        assertError(request(rp(30), endpoints("1.1.1.1", "4.4.4.4"), new ObjectiveFunction(ObjectFlags.P, 99, List.of())), 4, 4, 30);
        assertError(request(rp(31), endpoints("1.1.1.1", "4.4.4.4"), new Metric(ObjectFlags.P, false, true, 13, 5f)), 4, 5, 31);
        assertError(request(rp(32, true, false, false, List.of()), endpoints("1.1.1.1", "4.4.4.4")), 6, 2, 32);
        assertError(request(rp(33, false, false, false, List.of(new PathSetupTypeTlv(3))), endpoints("1.1.1.1", "4.4.4.4")), 21, 1, 33);
        assertError(request(rp(34), endpoints("1.1.1.1", "4.4.4.4"), new Lspa(ObjectFlags.P, 0, 0, 0, 9, 0, false, List.of())), 10, 11, 34);
    }

    @Test
    void unknownObjectiveFunctionOrMetricWithoutPFlagIsIgnored() {
        Response r = ask(rp(35), endpoints("1.1.1.1", "4.4.4.4"), new ObjectiveFunction(ObjectFlags.NONE, 99, List.of()),
                new Metric(ObjectFlags.NONE, false, true, 13, 5f));
        assertThat(hopAddresses(r)).containsExactly("10.0.13.3", "10.0.34.4");
    }

    @Test
    void aBadRequestDoesNotStopTheGoodOnesInTheSameMessage() {
        server.message(pcc, pcreq(request(rp(40, true, false, false, List.of()), endpoints("1.1.1.1", "4.4.4.4")),
                request(rp(41), endpoints("1.1.1.1", "4.4.4.4"))), System.nanoTime());
        PcErr err = pcc.next(PcErr.class);
        assertThat(err.errors().get(0).requests().get(0).requestId()).isEqualTo(40);
        PcRep rep = pcc.next(PcRep.class);
        assertThat(rep.responses().get(0).rp().requestId()).isEqualTo(41);
    }

    private void assertError(Request r, int type, int value, long id) {
        PcErr err = (PcErr) send(r);
        assertThat(err.errors()).hasSize(1);
        assertThat(err.errors().get(0).errors().get(0).errorType()).isEqualTo(type);
        assertThat(err.errors().get(0).errors().get(0).errorValue()).isEqualTo(value);
        assertThat(err.errors().get(0).requests()).extracting(rp -> rp.requestId()).containsExactly(id);
    }
}
