package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.server.Pcep.bandwidth;
import static org.pathwise.server.Pcep.endpoints;
import static org.pathwise.server.Pcep.request;
import static org.pathwise.server.Pcep.rp;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;

/** RFC 5440 §7.13 / RFC 6007 synchronized requests: computed together, answered as one. */
class SvecTest {
    private final PceServer server = new PceServer(ServerConfig.builder().build(), new TeDatabase(TestNetwork.square()));
    private final RecordingSession pcc = new RecordingSession("pcc");

    @AfterEach
    void stop() {
        server.close();
    }

    private static Svec svec(boolean link, boolean node, boolean srlg, Long... ids) {
        return new Svec(ObjectFlags.P, link, node, srlg, false, false, List.of(ids));
    }

    private PcRep send(List<PcepObject> leading, Request... requests) {
        server.message(pcc, new PcReq(leading, List.of(requests)), System.nanoTime());
        return pcc.next(PcRep.class);
    }

    private static List<String> hops(Response r) {
        assertThat(r.noPath()).as("request %d has a path", r.rp().requestId()).isEmpty();
        return r.paths().get(0).ero().subobjects().stream()
                .map(s -> ((Ipv4PrefixSubobject) s).address().toString()).toList();
    }

    @Test
    void linkDiversePairWithTheSameEndpointsIsTheCheapestDisjointPairInOneReply() {
        PcRep rep = send(List.of(svec(true, false, false, 1L, 2L)),
                request(rp(1), endpoints("1.1.1.1", "4.4.4.4")), request(rp(2), endpoints("1.1.1.1", "4.4.4.4")));
        assertThat(rep.responses()).hasSize(2);
        assertThat(rep.responses()).extracting(r -> r.rp().requestId()).containsExactly(1L, 2L);
        assertThat(List.of(hops(rep.responses().get(0)), hops(rep.responses().get(1))))
                .containsExactlyInAnyOrder(List.of("10.0.13.3", "10.0.34.4"), List.of("10.0.12.2", "10.0.24.4"));
    }

    @Test
    void srlgDiversityCannotBeMetSoTheWholeSetIsNoPath() {
        // With 500 B/s the thin C-D link is out, so every A→D route ends on B-D (SRLG 100): no two
        // routes are SRLG-disjoint, and both members get NO-PATH.
        PcRep rep = send(List.of(svec(false, false, true, 1L, 2L)),
                request(rp(1), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f)),
                request(rp(2), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(500f)));
        assertThat(rep.responses()).hasSize(2);
        assertThat(rep.responses()).allSatisfy(r -> assertThat(r.noPath()).isPresent());
    }

    @Test
    void nodeDiverseRequestsWithDifferentEndpointsAreComputedOneAfterTheOther() {
        // 1: A→D (A-C-D); 2: C→B must then avoid node... C is its own source, so only transit
        // nodes of 1 (C) are excluded where they are not 2's endpoints; link diversity forbids A-C and C-D.
        PcRep rep = send(List.of(svec(true, true, false, 1L, 2L)),
                request(rp(1, 7), endpoints("1.1.1.1", "4.4.4.4")), request(rp(2), endpoints("3.3.3.3", "2.2.2.2")));
        assertThat(hops(rep.responses().get(0))).containsExactly("10.0.13.3", "10.0.34.4");
        assertThat(hops(rep.responses().get(1))).containsExactly("10.0.23.2");
    }

    @Test
    void synchronizedBandwidthIsReservedForTheLaterMembers() {
        // No diversity: the second 600 B/s request cannot share A-B/B-D with the first (1000 each).
        PcRep rep = send(List.of(svec(false, false, false, 1L, 2L)),
                request(rp(1), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(600f)),
                request(rp(2), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(600f)));
        assertThat(rep.responses()).allSatisfy(r -> assertThat(r.noPath()).isPresent());
        PcRep fits = send(List.of(svec(false, false, false, 3L, 4L)),
                request(rp(3), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(400f)),
                request(rp(4), endpoints("1.1.1.1", "4.4.4.4"), bandwidth(400f)));
        assertThat(hops(fits.responses().get(0))).containsExactly("10.0.12.2", "10.0.24.4");
        assertThat(hops(fits.responses().get(1))).containsExactly("10.0.12.2", "10.0.24.4");
    }

    @Test
    void anSvecNamingAnAbsentRequestIsPcErr7() {
        server.message(pcc, new PcReq(List.of(svec(true, false, false, 1L, 9L)),
                List.of(request(rp(1), endpoints("1.1.1.1", "4.4.4.4")), request(rp(2), endpoints("1.1.1.1", "4.4.4.4")))),
                System.nanoTime());
        PcErr err = pcc.next(PcErr.class);
        assertThat(err.errors()).hasSize(1);
        assertThat(err.errors().get(0).errors().get(0).errorType()).isEqualTo(7);
        assertThat(err.errors().get(0).errors().get(0).errorValue()).isEqualTo(0);
        assertThat(err.errors().get(0).requests()).extracting(r -> r.requestId()).containsExactly(1L);
        // Request 2 is not in the SVEC: answered on its own.
        assertThat(pcc.next(PcRep.class).responses().get(0).rp().requestId()).isEqualTo(2);
    }

    @Test
    void overlappingSvecsFormOneSet() {
        PcRep rep = send(List.of(svec(true, false, false, 1L, 2L), svec(false, false, false, 2L, 3L)),
                request(rp(1), endpoints("1.1.1.1", "4.4.4.4")), request(rp(2), endpoints("1.1.1.1", "4.4.4.4")),
                request(rp(3), endpoints("1.1.1.1", "2.2.2.2")));
        assertThat(rep.responses()).extracting(r -> r.rp().requestId()).containsExactly(1L, 2L, 3L);
        assertThat(hops(rep.responses().get(0))).isNotEqualTo(hops(rep.responses().get(1)));
    }
}
