package org.pathwise.session.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.session.fsm.Wire.decode;
import static org.pathwise.session.fsm.Wire.decoded;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.CloseReason;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;

/** The Up state: lazy keepalives, the DeadTimer, Close, limits, decode errors. */
class UpStateTest {
    final FakeTicker clock = new FakeTicker();
    final RecordingActions out = new RecordingActions();

    SessionMachine up(SessionConfig config, int peerKeepalive, int peerDead) {
        SessionMachine m = new SessionMachine(config.withTicker(clock), PeerSettings.DEFAULT, 1, out, clock.nanoTime());
        m.connected(clock.nanoTime());
        m.received(decoded(new Open(new OpenObject(peerKeepalive, peerDead, 9, List.of()))), clock.nanoTime());
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(m.state()).isEqualTo(SessionState.UP);
        out.drain();
        return m;
    }

    SessionMachine pce() {
        return up(SessionConfig.pce().withTimers(30, 120), 30, 120);
    }

    static Request request(long id) {
        return Request.of(Rp.of(id, 0, List.of()), new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("10.0.0.1"),
                Ipv4Address.parse("10.0.0.2")));
    }

    /** Runs the timer check at each second up to {@code seconds}, as the transport's single check would. */
    void runFor(SessionMachine m, int seconds) {
        for (int i = 0; i < seconds; i++) {
            m.tick(clock.advance(Duration.ofSeconds(1)));
        }
    }

    @Test
    void keepalivesGoOutEveryKeepaliveSecondsOfSilence() {
        SessionMachine m = pce();
        assertThat(m.nextDeadlineIn(clock.nanoTime())).isEqualTo(Duration.ofSeconds(30).toNanos());
        runFor(m, 29);
        assertThat(out.sent).isEmpty();
        runFor(m, 1);
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
        runFor(m, 30);
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
    }

    @Test
    void anyMessageSentPostponesTheKeepalive() {
        SessionMachine m = pce();
        runFor(m, 20);
        m.send(PcErr.of(2, 0), clock.nanoTime());
        out.drain();
        runFor(m, 29);
        assertThat(out.sent).isEmpty();
        assertThat(m.nextDeadlineIn(clock.nanoTime())).isEqualTo(Duration.ofSeconds(1).toNanos());
        runFor(m, 1);
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
    }

    @Test
    void deadTimerExpiryClosesWithReason2() {
        SessionMachine m = pce();
        runFor(m, 119);
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE, Keepalive.INSTANCE, Keepalive.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.UP);
        runFor(m, 1);
        assertThat(out.sent).containsExactly(Close.of(CloseReason.DEADTIMER_EXPIRED));
        assertThat(out.disconnected).isTrue();
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.DEAD_TIMER);
        assertThat(out.downs.get(0).closeReason()).isEqualTo(2);
        assertThat(out.wasUpAtDown).isTrue();
    }

    @Test
    void anyMessageReceivedRestartsTheDeadTimer() {
        SessionMachine m = pce();
        runFor(m, 100);
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        runFor(m, 119);
        assertThat(m.state()).isEqualTo(SessionState.UP);
        runFor(m, 1);
        assertThat(m.state()).isEqualTo(SessionState.IDLE);
    }

    @Test
    void theDeadTimerIsThePeers() {
        SessionMachine m = up(SessionConfig.pce().withTimers(30, 120), 10, 40);
        assertThat(m.negotiated().deadTimer()).isEqualTo(40);
        runFor(m, 40);
        assertThat(out.sent).containsExactly(Keepalive.INSTANCE, Close.of(2));
    }

    @Test
    void zeroKeepaliveAndDeadTimerMeanNoTimers() {
        SessionMachine m = up(SessionConfig.pce().withTimers(0, 0),
                30, 120);
        assertThat(m.negotiated().keepalive()).isZero();
        runFor(m, 119);
        assertThat(out.sent).isEmpty();
    }

    @Test
    void peerCloseEndsTheSession() {
        SessionMachine m = pce();
        m.received(decode("2007000c 0f100008 00000003"), clock.nanoTime());
        assertThat(out.sent).isEmpty();
        assertThat(out.disconnected).isTrue();
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.PEER_CLOSE);
        assertThat(out.downs.get(0).closeReason()).isEqualTo(3);
    }

    @Test
    void localCloseSendsClose() {
        SessionMachine m = pce();
        m.close(CloseReason.NO_EXPLANATION, clock.nanoTime());
        assertThat(out.sent).containsExactly(Close.of(1));
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.LOCAL_CLOSE);
    }

    @Test
    void requestsAndReportsAreDelivered() {
        SessionMachine m = pce();
        PcReq req = PcReq.of(request(1));
        m.received(decoded(req), clock.nanoTime());
        assertThat(out.delivered).containsExactly(req);
    }

    @Test
    void protocolErrorsAreAnsweredWithTheirPcErrAndTheRequest() {
        SessionMachine m = pce();
        m.received(decode("20030010 0212000c 00000000 0000002a"), clock.nanoTime()); // PCReq without END-POINTS
        PcErr err = (PcErr) out.sent.get(0);
        assertThat(err.errors().get(0).errors()).containsExactly(PcepError.of(6, 3));
        assertThat(err.errors().get(0).requests()).extracting(Rp::requestId).containsExactly(42L);
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(out.delivered).isEmpty();
    }

    @Test
    void sixUnknownMessagesInAMinuteCloseWithReason5() {
        SessionMachine m = pce();
        for (int i = 0; i < 5; i++) {
            m.received(decode("20630004"), clock.advance(Duration.ofSeconds(10)));
        }
        assertThat(out.sent).isEmpty();
        m.received(decode("20630004"), clock.advance(Duration.ofSeconds(9)));
        assertThat(out.sent).containsExactly(Close.of(CloseReason.TOO_MANY_UNRECOGNIZED_MESSAGES));
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.PROTOCOL_VIOLATION);
    }

    @Test
    void unknownMessagesSpreadOverMoreThanAMinuteAreTolerated() {
        SessionMachine m = pce();
        for (int i = 0; i < 20; i++) {
            m.received(decode("20630004"), clock.advance(Duration.ofSeconds(13)));
        }
        assertThat(m.state()).isEqualTo(SessionState.UP);
    }

    @Test
    void wrongVersionOnAnUpSessionIs1Slash8ThenClose3() {
        SessionMachine m = pce();
        m.received(decode("40020004"), clock.nanoTime());
        assertThat(out.sent).containsExactly(PcErr.of(1, 8), Close.of(3));
    }

    @Test
    void startTlsOnAnUpSessionIs25Slash1() {
        SessionMachine m = pce();
        m.received(decode("200d0004"), clock.nanoTime());
        assertThat(out.sent).containsExactly(PcErr.of(25, 1));
        assertThat(out.disconnected).isTrue();
    }

    @Test
    void pccCountsRepliesToUnknownRequestsAndClosesWithReason4() {
        SessionMachine m = up(SessionConfig.pcc(), 30, 120);
        m.send(PcReq.of(request(1)), clock.nanoTime());
        out.drain();
        PcRep known = PcRep.of(Response.of(Rp.of(1, 0, List.of()), new NoPath(ObjectFlags.NONE, 0, false, List.of())));
        m.received(decoded(known), clock.nanoTime());
        assertThat(out.delivered).containsExactly(known);
        for (int i = 0; i < 5; i++) {
            m.received(decoded(known), clock.nanoTime()); // request 1 is answered already
        }
        PcErr unknown = new PcErr(List.of(new PcErr.ErrorBlock(List.of(Rp.of(1, 0, List.of())), List.of(),
                List.of(PcepError.of(8, 0)))), null);
        assertThat(out.drain()).containsExactly(unknown, unknown, unknown, unknown, unknown);
        m.received(decoded(known), clock.nanoTime());
        assertThat(out.sent).containsExactly(unknown, Close.of(CloseReason.TOO_MANY_UNKNOWN_REQUESTS));
        assertThat(out.delivered).hasSize(1);
    }

    @Test
    void pceAnswersCancellationOfAnUnknownRequestWithPcErr8() {
        SessionMachine m = pce();
        m.received(decoded(PcReq.of(request(5))), clock.nanoTime());
        PcNtf cancel = new PcNtf(List.of(new PcNtf.Notify(List.of(Rp.of(5, 0, List.of()), Rp.of(6, 0, List.of())),
                List.of(new Notification(ObjectFlags.NONE, 1, 1, List.of())))));
        m.received(decoded(cancel), clock.nanoTime());
        assertThat(out.sent).hasSize(1);
        assertThat(((PcErr) out.sent.get(0)).errors().get(0).requests()).extracting(Rp::requestId).containsExactly(6L);
        assertThat(out.delivered).endsWith(cancel);
    }

    @Test
    void cancellationOfARequestAnsweredLatelyIsNoError() {
        SessionMachine m = pce();
        m.received(decoded(PcReq.of(request(5))), clock.nanoTime());
        m.send(PcRep.of(Response.of(Rp.of(5, 0, List.of()), new NoPath(ObjectFlags.NONE, 0, false, List.of()))),
                clock.nanoTime());
        out.drain();
        PcNtf cancel = new PcNtf(List.of(new PcNtf.Notify(List.of(Rp.of(5, 0, List.of())),
                List.of(new Notification(ObjectFlags.NONE, 1, 1, List.of())))));
        m.received(decoded(cancel), clock.nanoTime());
        assertThat(out.sent).isEmpty();
        assertThat(out.delivered).last().isEqualTo(cancel);
    }

    @Test
    void requestsBeyondThePendingLimitAreCancelledWithPcNtf1Slash2() {
        SessionMachine m = up(SessionConfig.pce().withLimits(65535, 5, 5, 2), 30, 120);
        m.received(decoded(PcReq.of(request(1), request(2), request(3))), clock.nanoTime());
        assertThat(out.delivered).containsExactly(PcReq.of(request(1), request(2)));
        PcNtf cancelled = (PcNtf) out.drain().get(0);
        assertThat(cancelled.notifies().get(0).requests()).extracting(Rp::requestId).containsExactly(3L);
        assertThat(cancelled.notifies().get(0).notifications().get(0).type()).isEqualTo(1);
        assertThat(cancelled.notifies().get(0).notifications().get(0).value()).isEqualTo(2);
        // answering request 1 frees a slot
        m.send(PcRep.of(Response.of(Rp.of(1, 0, List.of()), new NoPath(ObjectFlags.NONE, 0, false, List.of()))),
                clock.nanoTime());
        m.received(decoded(PcReq.of(request(4))), clock.nanoTime());
        assertThat(out.delivered).last().isEqualTo(PcReq.of(request(4)));
    }

    @Test
    void nothingIsSentOnceDown() {
        SessionMachine m = pce();
        m.connectionLost();
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.CONNECTION_LOST);
        assertThat(m.send(Keepalive.INSTANCE, clock.nanoTime())).isFalse();
        m.tick(clock.advance(Duration.ofSeconds(500)));
        assertThat(out.sent).isEmpty();
    }
}
