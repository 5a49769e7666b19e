package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.server.Pcep.bandwidth;
import static org.pathwise.server.Pcep.computed;
import static org.pathwise.server.Pcep.endpoints;
import static org.pathwise.server.Pcep.pcreq;
import static org.pathwise.server.Pcep.request;
import static org.pathwise.server.Pcep.rpSr;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;

/** PST 1: SR-ERO within the session's MSD (RFC 8664), labels from SRGB 16000 + node SID index. */
class SegmentRoutingTest {
    private final PceServer server = new PceServer(ServerConfig.builder().build(), new TeDatabase(TestNetwork.square()));

    @AfterEach
    void stop() {
        server.close();
    }

    private static Response ask(PceServer server, RecordingSession s, Request r) {
        server.message(s, pcreq(r), System.nanoTime());
        return s.next(PcRep.class).responses().get(0);
    }

    private static SrSubobject nodeSid(int label, String routerId, boolean loose) {
        return new SrSubobject(loose, NaiType.IPV4_NODE, true, false, (long) label << 12,
                new Nai.Ipv4Node(Ipv4Address.parse(routerId)));
    }

    @Test
    void theShortestPathIsOneNodeSidWithItsNai() {
        RecordingSession pcc = new RecordingSession("frr", PeerCapabilities.sr(4));
        Response r = ask(server, pcc, request(rpSr(1), endpoints("1.1.1.1", "4.4.4.4"), computed(Metric.SID_DEPTH)));
        assertThat(r.paths().get(0).ero().subobjects()).containsExactly(nodeSid(16004, "4.4.4.4", false));
        assertThat(r.rp().tlv(PathSetupTypeTlv.class)).contains(new PathSetupTypeTlv(1));
        assertThat(r.paths().get(0).attributes()).containsExactly(new Metric(ObjectFlags.NONE, false, false, 11, 1f));
    }

    @Test
    void aConstrainedPathNeedsMoreSidsAndLooseNodeSegmentsWhenOIsSet() {
        RecordingSession pcc = new RecordingSession("frr", PeerCapabilities.sr(4));
        Response r = ask(server, pcc, request(Pcep.rp(2, false, false, true,
                List.of(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS))), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f)));
        assertThat(r.paths().get(0).ero().subobjects())
                .containsExactly(nodeSid(16002, "2.2.2.2", true), nodeSid(16004, "4.4.4.4", true));
        assertThat(r.rp().loose()).isTrue();
    }

    @Test
    void aPathDeeperThanTheMsdIsNoPath() {
        RecordingSession msd1 = new RecordingSession("msd1", PeerCapabilities.sr(1));
        Response r = ask(server, msd1, request(rpSr(3), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f)));
        assertThat(r.noPath()).isPresent();
        // A SID-depth bound (METRIC type 11, B set) lowers the MSD the same way.
        RecordingSession msd4 = new RecordingSession("msd4", PeerCapabilities.sr(4));
        Response bounded = ask(server, msd4, request(rpSr(4), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f),
                new Metric(ObjectFlags.P, false, true, Metric.SID_DEPTH, 1f)));
        assertThat(bounded.noPath()).isPresent();
    }
}
