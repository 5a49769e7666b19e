package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.server.Pcep.endpoints;
import static org.pathwise.server.Pcep.pcreq;
import static org.pathwise.server.Pcep.request;
import static org.pathwise.server.Pcep.rp;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.OverloadedDurationTlv;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.server.metrics.MetricsSnapshot;
import org.pathwise.server.metrics.Stage;
import org.pathwise.ted.TeDatabase;

/**
 * The queue: priority order, overload notifications, cancellation both ways, per-session limits.
 * One worker held inside send() keeps the queue still, so each test is deterministic.
 */
class DispatchTest {
    private PceServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PceServer start(ServerConfig.Builder b) {
        b.workers = 1;
        server = new PceServer(b.build(), new TeDatabase(TestNetwork.square()));
        return server;
    }

    private void ask(RecordingSession s, long id, int priority) {
        server.message(s, pcreq(request(rp(id, priority), endpoints("1.1.1.1", "4.4.4.4"))), System.nanoTime());
    }

    private static long answered(PcRep rep) {
        return rep.responses().get(0).rp().requestId();
    }

    /** Sends request 1 and waits until the only worker is stuck sending its reply. */
    private RecordingSession holdTheWorker(RecordingSession s) throws InterruptedException {
        s.holdWorkers();
        ask(s, 1, 0);
        s.awaitWorkerHeld();
        return s;
    }

    @Test
    void higherRpPriorityIsServedFirstAndEqualPrioritiesInArrivalOrder() throws Exception {
        start(ServerConfig.builder());
        RecordingSession pcc = holdTheWorker(new RecordingSession("pcc"));
        ask(pcc, 2, 1);
        ask(pcc, 3, 7);
        ask(pcc, 4, 1);
        ask(pcc, 5, 0);
        ask(pcc, 6, 7);
        pcc.release();
        List<Long> order = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(answered(pcc.next(PcRep.class)));
        }
        assertThat(order).containsExactly(1L, 3L, 6L, 2L, 4L, 5L);
    }

    @Test
    void fullQueueRefusesWithPceUnavailableAndNotifiesOverloadToEverySessionThenItsEnd() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.queueCapacity = 2;
        b.queueLowWater = 0;
        b.overloadedDurationSeconds = 7;
        start(b);
        RecordingSession other = new RecordingSession("other");
        server.sessionUp(other);
        RecordingSession pcc = holdTheWorker(new RecordingSession("pcc"));
        server.sessionUp(pcc);
        ask(pcc, 2, 0);
        ask(pcc, 3, 0);
        ask(pcc, 4, 0); // the queue holds 2 and 3: 4 is refused
        PcNtf overload = new PcNtf(List.of(new PcNtf.Notify(List.of(), List.of(new Notification(ObjectFlags.NONE, 2, 1,
                List.of(new OverloadedDurationTlv(7)))))));
        assertThat(pcc.next()).isEqualTo(overload);
        PcRep refused = pcc.next(PcRep.class);
        assertThat(answered(refused)).isEqualTo(4);
        assertThat(refused.responses().get(0).noPath().orElseThrow().tlvs())
                .containsExactly(new NoPathVectorTlv(true, false, false, false, false, false, false, false, 0));
        assertThat(other.next()).isEqualTo(overload);
        assertThat(server.metrics().overloadEpisodes()).isEqualTo(1);
        assertThat(server.metrics().overloadRejected()).isEqualTo(1);

        pcc.release();
        PcNtf ended = new PcNtf(List.of(new PcNtf.Notify(List.of(), List.of(new Notification(ObjectFlags.NONE, 2, 2,
                List.of())))));
        assertThat(other.next()).isEqualTo(ended);
        List<Object> rest = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rest.add(pcc.next());
        }
        // Replies 1, 2, 3 and the overload-ended notification (which arrives between them).
        assertThat(rest).contains(ended);
        assertThat(rest.stream().filter(PcRep.class::isInstance).map(m -> answered((PcRep) m))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void pccCancellationRemovesAQueuedRequestAndUnknownIdsArePcErr8() throws Exception {
        start(ServerConfig.builder());
        RecordingSession pcc = holdTheWorker(new RecordingSession("pcc"));
        ask(pcc, 2, 0);
        ask(pcc, 3, 0);
        server.message(pcc, Notifications.cancelledByPcc(List.of(rp(2), rp(77))), System.nanoTime());
        PcErr err = pcc.next(PcErr.class);
        assertThat(err.errors().get(0).errors().get(0).errorType()).isEqualTo(8);
        assertThat(err.errors().get(0).requests()).extracting(r -> r.requestId()).containsExactly(77L);
        pcc.release();
        assertThat(answered(pcc.next(PcRep.class))).isEqualTo(1);
        assertThat(answered(pcc.next(PcRep.class))).isEqualTo(3);
        assertThat(server.metrics().cancelledByPcc()).isEqualTo(1);
        // Cancelling an answered request: it is no longer known.
        server.message(pcc, Notifications.cancelledByPcc(List.of(rp(3))), System.nanoTime());
        assertThat(pcc.next(PcErr.class).errors().get(0).errors().get(0).errorType()).isEqualTo(8);
    }

    @Test
    void aRequestWaitingLongerThanTheLimitIsCancelledByThePce() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.maxQueueWaitMillis = 500;
        start(b);
        RecordingSession pcc = holdTheWorker(new RecordingSession("pcc"));
        ask(pcc, 2, 0);
        Thread.sleep(1000); // request 2 now has waited longer than the limit
        pcc.release();
        assertThat(answered(pcc.next(PcRep.class))).isEqualTo(1);
        assertThat(pcc.next()).isEqualTo(Notifications.cancelledByPce(List.of(rp(2))));
        assertThat(server.metrics().cancelledByPce()).isEqualTo(1);
    }

    @Test
    void aSessionOverItsOwnLimitIsRefusedWhileOthersAreServed() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.maxPendingPerSession = 2;
        start(b);
        RecordingSession flood = holdTheWorker(new RecordingSession("flood"));
        ask(flood, 2, 0);
        ask(flood, 3, 0);
        ask(flood, 4, 0); // 1 is answered (its reply being sent); 2 and 3 wait: 4 is over the limit of 2
        PcRep refused = flood.next(PcRep.class);
        assertThat(answered(refused)).isEqualTo(4);
        assertThat(refused.responses().get(0).noPath()).isPresent();
        RecordingSession polite = new RecordingSession("polite");
        ask(polite, 1, 0);
        flood.release();
        assertThat(answered(polite.next(PcRep.class))).isEqualTo(1);
    }

    @Test
    void sessionDownDropsItsRequestsAndCloseCancelsWhatIsLeft() throws Exception {
        start(ServerConfig.builder());
        RecordingSession gone = holdTheWorker(new RecordingSession("gone"));
        RecordingSession stays = new RecordingSession("stays");
        ask(gone, 2, 0);
        ask(stays, 5, 0);
        server.sessionDown(gone);
        server.close();
        gone.release();
        assertThat(stays.next()).isEqualTo(Notifications.cancelledByPce(List.of(rp(5))));
    }

    @Test
    void workerPoolResizesAtRunTimeAndMetricsCountEveryStage() throws Exception {
        start(ServerConfig.builder());
        server.workers(3);
        assertThat(server.metrics().workers()).isEqualTo(3);
        server.workers(1);
        assertThat(server.metrics().workers()).isEqualTo(1);
        RecordingSession pcc = new RecordingSession("pcc");
        for (int i = 1; i <= 5; i++) {
            ask(pcc, i, 0);
            pcc.next(PcRep.class);
        }
        // The worker records the reply stages just after handing the PCRep to the session.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.metrics().stage(Stage.TOTAL).count() < 5 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        MetricsSnapshot m = server.metrics();
        assertThat(m.requests()).isEqualTo(5);
        assertThat(m.replied()).isEqualTo(5);
        for (Stage s : Stage.values()) {
            assertThat(m.stage(s).count()).as(s.key()).isEqualTo(5);
        }
        assertThat(m.toJson()).contains("\"stage\" : \"queue-wait\"", "\"replied\" : 5");
        assertThat(m.toTable()).contains("compute");
    }
}
