package org.pathwise.server.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.OverloadedDurationTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.Notifications;
import org.pathwise.server.PceService;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.server.metrics.MetricsSnapshot;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.transport.SessionTransport;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;

/**
 * Abuse over TCP on a 10,000-node grid (each computation takes long enough that a burst queues):
 * a flood gets overload notifications and PCE-unavailable answers while the queue stays bounded,
 * another session keeps being served, and a PCC can cancel a queued request.
 */
class TcpFloodTest {
    private static final TeSnapshot GRID = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.GRID, 10_000, 7));
    private PceService pce;
    private final SessionTransport clients = SessionTransport.create(1);
    private final List<TestPcc> pccs = new ArrayList<>();

    @AfterEach
    void stop() {
        pccs.forEach(TestPcc::close);
        if (pce != null) {
            pce.close();
        }
        clients.close();
    }

    private PceService start(int capacity, int lowWater, int pendingPerSession) throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.listenAddress = "127.0.0.1";
        b.port = 0;
        b.workers = 1;
        b.queueCapacity = capacity;
        b.queueLowWater = lowWater;
        b.maxPendingPerSession = pendingPerSession;
        b.overloadedDurationSeconds = 3;
        pce = PceService.start(b.build(), new TeDatabase(GRID));
        return pce;
    }

    private TestPcc connect(String source) throws Exception {
        TestPcc p = new TestPcc(clients, pce.localAddress(), source, Capabilities.NONE);
        pccs.add(p);
        return p;
    }

    /** Corner to corner and back: the longest routes of the grid. */
    private static Request request(long id) {
        int n = GRID.nodeCount();
        InetAddress a = GRID.node(0).routerId();
        InetAddress z = GRID.node(n - 1 - (int) (id % 50)).routerId();
        return Request.of(Rp.of(id, 0, List.of()), new EndpointsIpv4(ObjectFlags.P,
                Ipv4Address.parse(a.getHostAddress()), Ipv4Address.parse(z.getHostAddress())));
    }

    private static PcReq burst(long from, int count) {
        List<Request> rs = new ArrayList<>();
        for (long id = from; id < from + count; id++) {
            rs.add(request(id));
        }
        return new PcReq(List.of(), rs);
    }

    @Test
    void floodGetsOverloadNotificationsAndPceUnavailableWhileAnotherSessionIsServed() throws Exception {
        start(10, 2, 5_000);
        TestPcc polite = connect("127.0.0.2");
        TestPcc flood = connect("127.0.0.1");
        flood.send(burst(1, 400));
        Set<Long> answered = new HashSet<>();
        int refused = 0;
        boolean overloadSeen = false;
        boolean overloadEnded = false;
        while (answered.size() + refused < 400 || !overloadEnded) {
            Object e = flood.nextEvent();
            if (e instanceof PcNtf n) {
                Notification note = n.notifies().get(0).notifications().get(0);
                assertThat(note.type()).isEqualTo(2);
                if (note.value() == 1) {
                    assertThat(note.tlvs()).containsExactly(new OverloadedDurationTlv(3));
                    overloadSeen = true;
                } else {
                    assertThat(overloadSeen).isTrue();
                    overloadEnded = true;
                }
                continue;
            }
            for (Response r : ((PcRep) e).responses()) {
                if (r.noPath().isPresent()) {
                    assertThat(r.noPath().get().tlvs())
                            .containsExactly(new NoPathVectorTlv(true, false, false, false, false, false, false, false, 0));
                    refused++;
                } else {
                    answered.add(r.rp().requestId());
                }
            }
        }
        assertThat(refused).isPositive();
        assertThat(answered.size()).isGreaterThanOrEqualTo(10);
        // The other session heard the overload too, and is served once it has passed.
        PcNtf heard = polite.next(PcNtf.class);
        assertThat(heard.notifies().get(0).notifications().get(0).value()).isEqualTo(1);
        assertThat(polite.next(PcNtf.class).notifies().get(0).notifications().get(0).value()).isEqualTo(2);
        polite.send(burst(1, 1));
        Object answer = polite.nextEvent();
        while (answer instanceof PcNtf later) { // a later overload episode of the flood, if any
            assertThat(later.notifies().get(0).notifications().get(0).type()).isEqualTo(2);
            answer = polite.nextEvent();
        }
        assertThat(answer).isInstanceOf(PcRep.class);
        assertThat(((PcRep) answer).responses().get(0).paths()).hasSize(1);
        MetricsSnapshot m = pce.server().metrics();
        assertThat(m.overloadRejected()).isEqualTo(refused);
        assertThat(m.queued()).isZero();
        assertThat(m.overloadEpisodes()).isPositive();
    }

    @Test
    void aPccCancelsAQueuedRequestAndNeverGetsItsReply() throws Exception {
        start(1_000, 10, 5_000);
        TestPcc pcc = connect("127.0.0.1");
        pcc.send(burst(1, 200));
        pcc.send(Notifications.cancelledByPcc(List.of(Rp.of(200, 0, List.of()))));
        Set<Long> answered = new HashSet<>();
        while (answered.size() < 199) {
            for (Response r : pcc.next(PcRep.class).responses()) {
                answered.add(r.rp().requestId());
            }
        }
        assertThat(answered).doesNotContain(200L);
        assertThat(pce.server().metrics().cancelledByPcc()).isEqualTo(1);
        // The session is still fine: a new request is answered, and 200 is not.
        pcc.send(burst(201, 1));
        assertThat(pcc.next(PcRep.class).responses().get(0).rp().requestId()).isEqualTo(201);
    }
}
