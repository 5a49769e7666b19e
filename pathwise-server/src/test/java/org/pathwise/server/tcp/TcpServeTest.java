package org.pathwise.server.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.LoadBalancing;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.object.Xro;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.SrlgSubobject;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.PceService;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.transport.SessionTransport;
import org.pathwise.ted.TeDatabase;

/** Every constraint and reply kind, over real TCP through pathwise-session. */
class TcpServeTest {
    private PceService pce;
    private SessionTransport clients;
    private TestPcc pcc;

    @BeforeEach
    void start() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.listenAddress = "127.0.0.1";
        b.port = 0;
        b.workers = 2;
        pce = PceService.start(b.build(), new TeDatabase(org.pathwise.server.TestNetwork.square()));
        clients = SessionTransport.create(1);
        pcc = new TestPcc(clients, pce.localAddress(), "127.0.0.1", Capabilities.NONE);
    }

    @AfterEach
    void stop() {
        if (pcc != null) {
            pcc.close();
        }
        pce.close();
        clients.close();
    }

    private static Rp rp(long id) {
        return Rp.of(id, 0, List.of());
    }

    private static Rp rp(long id, boolean r, boolean b, boolean o, int pst) {
        return new Rp(ObjectFlags.P, 0, r, b, o, false, false, false, false, false, false, false, false, false, 0, id,
                pst < 0 ? List.of() : List.of(new PathSetupTypeTlv(pst)));
    }

    private static EndpointsIpv4 ad() {
        return new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("1.1.1.1"), Ipv4Address.parse("4.4.4.4"));
    }

    private static Ipv4PrefixSubobject v4(String a, boolean loose, int attribute) {
        return new Ipv4PrefixSubobject(loose, Ipv4Address.parse(a), 32, attribute);
    }

    private Response ask(PcepObject... objects) {
        pcc.send(PcReq.of(Request.of(objects)));
        return pcc.next(PcRep.class).responses().get(0);
    }

    private static List<String> hops(Response r) {
        assertThat(r.noPath()).as("request %d has a path", r.rp().requestId()).isEmpty();
        return r.paths().get(0).ero().subobjects().stream().map(s -> ((Ipv4PrefixSubobject) s).address().toString())
                .toList();
    }

    private static final List<String> ACD = List.of("10.0.13.3", "10.0.34.4");
    private static final List<String> ABD = List.of("10.0.12.2", "10.0.24.4");

    @Test
    void everyConstraintKindOverTcp() {
        assertThat(hops(ask(rp(1), ad()))).isEqualTo(ACD);
        Response metric = ask(rp(2), ad(), new Metric(ObjectFlags.P, true, false, Metric.TE, 0f));
        assertThat(metric.paths().get(0).attributes()).containsExactly(new Metric(ObjectFlags.NONE, false, false, 2, 10f));
        assertThat(hops(ask(rp(3), ad(), Bandwidth.requested(500f)))).isEqualTo(ABD);
        assertThat(hops(ask(rp(4), ad(), new Lspa(ObjectFlags.P, 1, 0, 0, 0, 0, false, List.of())))).isEqualTo(ABD);
        assertThat(hops(ask(rp(5), ad(), new Iro(ObjectFlags.P, List.of(v4("2.2.2.2", true, 0)))))).isEqualTo(ABD);
        assertThat(hops(ask(rp(6), ad(), new Xro(ObjectFlags.P, false, List.of(v4("3.3.3.3", false, 1)))))).isEqualTo(ABD);
        assertThat(hops(ask(rp(7), ad(), new Xro(ObjectFlags.P, false, List.of(new SrlgSubobject(false, 100, 2))))))
                .isEqualTo(ACD);
        assertThat(hops(ask(rp(8), ad(), new ObjectiveFunction(ObjectFlags.P, 1, List.of())))).isEqualTo(ACD);
        assertThat(hops(ask(rp(9), ad(), new Metric(ObjectFlags.P, false, false, Metric.HOP_COUNT, 0f),
                new Metric(ObjectFlags.P, false, true, Metric.TE, 10f)))).isEqualTo(ACD);
        assertThat(hops(ask(rp(10, true, false, false, -1), ad(), Bandwidth.requested(80f),
                new Rro(ObjectFlags.NONE, List.of(v4("10.0.13.3", false, 0), v4("10.0.34.4", false, 0))),
                new Bandwidth(ObjectFlags.NONE, true, 80f)))).isEqualTo(ACD);
        Response bidir = ask(rp(11, false, true, false, -1), ad());
        assertThat(hops(bidir)).isEqualTo(ACD);
        assertThat(bidir.rp().bidirectional()).isTrue();
        Response lb = ask(rp(12), ad(), Bandwidth.requested(1050f), new LoadBalancing(ObjectFlags.P, 2, 10f));
        assertThat(lb.paths()).hasSize(2);
    }

    @Test
    void noPathRepliesOverTcp() {
        Response bound = ask(rp(20), ad(), Bandwidth.requested(500f), new Metric(ObjectFlags.P, false, true, 2, 15f));
        assertThat(bound.noPath().orElseThrow().unsatisfiedConstraints()).isTrue();
        assertThat(bound.objects()).endsWith(new Metric(ObjectFlags.P, false, true, 2, 15f));
        Response unknown = ask(rp(21), new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("1.1.1.1"),
                Ipv4Address.parse("9.9.9.9")));
        assertThat(unknown.noPath().orElseThrow().tlvs())
                .containsExactly(new NoPathVectorTlv(false, true, false, false, false, false, false, false, 0));
    }

    @Test
    void protocolErrorsOverTcp() {
        pcc.send(PcReq.of(Request.of(rp(30), ad(), new ObjectiveFunction(ObjectFlags.P, 99, List.of()))));
        PcErr of = pcc.next(PcErr.class);
        assertThat(of.errors().get(0).errors().get(0).errorType()).isEqualTo(4);
        assertThat(of.errors().get(0).errors().get(0).errorValue()).isEqualTo(4);
        assertThat(of.errors().get(0).requests()).extracting(Rp::requestId).containsExactly(30L);
        pcc.send(PcReq.of(Request.of(rp(31, true, false, false, -1), ad())));
        PcErr rro = pcc.next(PcErr.class);
        assertThat(rro.errors().get(0).errors().get(0).errorType()).isEqualTo(6);
        assertThat(rro.errors().get(0).errors().get(0).errorValue()).isEqualTo(2);
        pcc.send(PcReq.of(Request.of(rp(32, false, false, false, 3), ad())));
        assertThat(pcc.next(PcErr.class).errors().get(0).errors().get(0).errorType()).isEqualTo(21);
    }

    @Test
    void svecDiversityOverTcp() {
        Svec svec = new Svec(ObjectFlags.P, true, false, false, false, false, List.of(40L, 41L));
        pcc.send(new PcReq(List.of(svec), List.of(Request.of(rp(40), ad()), Request.of(rp(41), ad()))));
        PcRep rep = pcc.next(PcRep.class);
        assertThat(rep.responses()).hasSize(2);
        assertThat(List.of(hops(rep.responses().get(0)), hops(rep.responses().get(1)))).containsExactlyInAnyOrder(ACD, ABD);
    }

    @Test
    void srEroWithinTheNegotiatedMsdOverTcp() throws Exception {
        // A second router (its own address: one session per peer address) that speaks SR with MSD 1.
        pcc.close();
        pcc = new TestPcc(clients, pce.localAddress(), "127.0.0.3", Advertised.statefulSrPcc(1));
        Response one = ask(rp(50, false, false, false, 1), ad());
        assertThat(one.paths().get(0).ero().subobjects()).hasSize(1);
        assertThat(((SrSubobject) one.paths().get(0).ero().subobjects().get(0)).label()).isEqualTo(16004);
        // A-B-D needs two SIDs; this PCC's MSD is 1.
        assertThat(ask(rp(51, false, false, false, 1), ad(), Bandwidth.requested(500f)).noPath()).isPresent();
    }
}
