package org.pathwise.session.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.session.fsm.Wire.decode;
import static org.pathwise.session.fsm.Wire.decoded;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.TimerRange;
import org.pathwise.session.TlsMode;

/** RFC 5440 Appendix A, OpenWait and KeepWait, transition by transition, on a hand-driven clock. */
class EstablishmentTest {
    final FakeTicker clock = new FakeTicker();
    final RecordingActions out = new RecordingActions();

    SessionMachine pce(PeerSettings peer) {
        SessionMachine m = new SessionMachine(SessionConfig.pce().withTicker(clock), peer, 7, out, clock.nanoTime());
        m.connected(clock.nanoTime());
        return m;
    }

    static Message error(int type, int value) {
        return PcErr.of(type, value);
    }

    static Open open(int keepalive, int dead) {
        return new Open(new OpenObject(keepalive, dead, 3, List.of()));
    }

    /** PeerSettings accepting keepalive 10–60 s and dead 40–240 s. */
    static final PeerSettings NARROW = PeerSettings.DEFAULT.withTimerRanges(new TimerRange(10, 60, false),
            new TimerRange(40, 240, false));

    @Test
    void connectSendsOurOpenAndWaitsForThePeers() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        assertThat(m.state()).isEqualTo(SessionState.OPEN_WAIT);
        List<Message> sent = out.drain();
        assertThat(sent).hasSize(1);
        OpenObject ours = ((Open) sent.get(0)).object();
        assertThat(ours.keepalive()).isEqualTo(30);
        assertThat(ours.deadTimer()).isEqualTo(120);
        assertThat(ours.sessionId()).isEqualTo(7);
        // OF-LIST 1-6, P2MP-CAPABLE, STATEFUL (U, I, T, D, F), PST-CAPABILITY (0, 1, 3; SR MSD 0; SRv6 no MSD),
        // ASSOC-TYPE-LIST 1, 2, 3, 6
        assertThat(Wire.hex(sent.get(0))).isEqualTo("20010054" + "01100050" + "201e7807"
                + "0004000c" + "000100020003000400050006"
                + "00060002" + "00000000"
                + "00100004" + "0000003d"
                + "00220018" + "00000003" + "00010300" + "001a0004" + "00000000" + "001b0004" + "00000000"
                + "00230008" + "0001000200030006");
    }

    @Test
    void frrOpenThenKeepaliveBringsTheSessionUp() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decode(Wire.FRR_OPEN), clock.advance(Duration.ofMillis(5)));
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.KEEP_WAIT);
        m.received(decode("20020004"), clock.advance(Duration.ofMillis(5)));
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(out.ups).isEqualTo(1);
        var n = m.negotiated();
        assertThat(n.keepalive()).isEqualTo(30);
        assertThat(n.deadTimer()).isEqualTo(120);
        assertThat(n.localSessionId()).isEqualTo(7);
        assertThat(n.peerSessionId()).isEqualTo(0);
        assertThat(n.capabilities().stateful()).isTrue();
        assertThat(n.capabilities().lspUpdate()).isTrue();
        assertThat(n.capabilities().lspInstantiation()).isTrue();
        assertThat(n.capabilities().triggeredResync()).isFalse(); // FRR does not advertise T
        assertThat(n.capabilities().pathSetupTypes()).containsExactly(1);
        assertThat(n.capabilities().peerMsd()).isEqualTo(OptionalInt.of(4));
        assertThat(n.capabilities().srMpls()).isTrue();
    }

    @Test
    void keepaliveBeforeThePeersOpenGoesUpOnTheOpen() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(m.state()).isEqualTo(SessionState.OPEN_WAIT);
        m.received(decoded(open(30, 120)), clock.nanoTime());
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.UP);
    }

    @Test
    void nonOpenMessageInOpenWaitIs1Slash1() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime()); // tolerated: may acknowledge our Open
        m.received(decode("20030004"), clock.nanoTime()); // PCReq without objects: decode error before Up
        assertFailed(m, 1, 1);
    }

    @Test
    void pcNtfInOpenWaitIs1Slash1() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decode("20050010 0c100008 00000102"), clock.nanoTime()); // PCNtf, NT 1 NV 2
        assertFailed(m, 1, 1);
    }

    @Test
    void openWaitExpiryIs1Slash2() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        clock.advance(Duration.ofSeconds(60).minusNanos(1));
        m.tick(clock.nanoTime());
        assertThat(out.sent).isEmpty();
        assertThat(m.nextDeadlineIn(clock.nanoTime())).isEqualTo(1);
        m.tick(clock.advance(Duration.ofNanos(1)));
        assertFailed(m, 1, 2);
    }

    @Test
    void keepaliveZeroIsNonNegotiable1Slash3() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decoded(open(0, 0)), clock.nanoTime());
        assertFailed(m, 1, 3);
    }

    @Test
    void unacceptableTimersAreCounterProposedWith1Slash4ThenAccepted() {
        SessionMachine m = pce(NARROW);
        out.drain();
        m.received(decoded(open(5, 20)), clock.nanoTime());
        List<Message> sent = out.drain();
        assertThat(sent).hasSize(1);
        PcErr err = (PcErr) sent.get(0);
        assertThat(err.errors().get(0).errors()).containsExactly(PcepError.of(1, 4));
        assertThat(err.open().keepalive()).isEqualTo(10);
        assertThat(err.open().deadTimer()).isEqualTo(40);
        assertThat(m.state()).isEqualTo(SessionState.OPEN_WAIT);
        // PCErr 1/4 with an Open: 2006 0014, PCEP-ERROR 0d10 0008 0000 0104, OPEN 0110 0008 200a 2803
        assertThat(Wire.hex(err)).isEqualTo("20060014" + "0d100008" + "00000104" + "01100008" + "200a2803");
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime()); // the peer accepted our Open meanwhile
        m.received(decoded(open(10, 40)), clock.nanoTime());
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(m.negotiated().deadTimer()).isEqualTo(40);
    }

    @Test
    void deadTimerNotAboveKeepaliveIsCounterProposedAsFourTimesKeepalive() {
        SessionMachine m = pce(NARROW);
        out.drain();
        m.received(decoded(open(60, 60)), clock.nanoTime());
        PcErr err = (PcErr) out.drain().get(0);
        assertThat(err.open().keepalive()).isEqualTo(60);
        assertThat(err.open().deadTimer()).isEqualTo(240);
    }

    @Test
    void secondUnacceptableOpenIs1Slash5() {
        SessionMachine m = pce(NARROW);
        out.drain();
        m.received(decoded(open(5, 20)), clock.nanoTime());
        out.drain();
        m.received(decoded(open(6, 20)), clock.nanoTime());
        assertFailed(m, 1, 5);
    }

    @Test
    void peerCounterProposalWeCanAdoptIsSentAsANewOpen() {
        SessionMachine m = pce(NARROW);
        out.drain();
        m.received(decoded(open(30, 120)), clock.nanoTime());
        assertThat(out.drain()).containsExactly(Keepalive.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.KEEP_WAIT);
        m.received(decoded(new PcErr(((PcErr) PcErr.of(1, 4)).errors(), new OpenObject(20, 80, 3, List.of()))),
                clock.nanoTime());
        List<Message> sent = out.drain();
        assertThat(sent).hasSize(1);
        OpenObject again = ((Open) sent.get(0)).object();
        assertThat(again.keepalive()).isEqualTo(20);
        assertThat(again.deadTimer()).isEqualTo(80);
        assertThat(again.sessionId()).isEqualTo(7);
        assertThat(m.state()).isEqualTo(SessionState.KEEP_WAIT);
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(m.negotiated().keepalive()).isEqualTo(20);
    }

    @Test
    void peerCounterProposalWeCannotAdoptIs1Slash6() {
        SessionMachine m = pce(NARROW);
        out.drain();
        m.received(decoded(open(30, 120)), clock.nanoTime());
        out.drain();
        m.received(decoded(new PcErr(((PcErr) PcErr.of(1, 4)).errors(), new OpenObject(1, 4, 3, List.of()))),
                clock.nanoTime());
        assertFailed(m, 1, 6);
    }

    @Test
    void peerRefusalEndsTheAttemptWithoutAnswer() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decoded(error(1, 3)), clock.nanoTime());
        assertThat(out.sent).isEmpty();
        assertThat(out.disconnected).isTrue();
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.NEGOTIATION_FAILED);
        assertThat(out.downs.get(0).error()).contains(PcepErrors.UNACCEPTABLE_NON_NEGOTIABLE);
    }

    @Test
    void keepWaitExpiryIs1Slash7() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        clock.advance(Duration.ofSeconds(50));
        m.received(decoded(open(30, 120)), clock.nanoTime()); // restarts KeepWait: 60 s from here
        out.drain();
        m.tick(clock.advance(Duration.ofSeconds(59)));
        assertThat(out.sent).isEmpty();
        m.tick(clock.advance(Duration.ofSeconds(1)));
        assertFailed(m, 1, 7);
    }

    @Test
    void wrongVersionBeforeUpIs1Slash8() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decode("40010004"), clock.nanoTime());
        assertFailed(m, 1, 8);
    }

    @Test
    void secondOpenAfterAcceptanceIs1Slash1() {
        SessionMachine m = pce(PeerSettings.DEFAULT);
        out.drain();
        m.received(decoded(open(30, 120)), clock.nanoTime());
        out.drain();
        m.received(decoded(open(30, 120)), clock.nanoTime());
        assertFailed(m, 1, 1);
    }

    @Test
    void startTlsWithoutPcepsIs1Slash1() {
        SessionMachine m = pce(PeerSettings.DEFAULT.withTls(TlsMode.OFF));
        out.drain();
        m.received(decode("200d0004"), clock.nanoTime());
        assertFailed(m, 1, 1);
    }

    private void assertFailed(SessionMachine m, int type, int value) {
        assertThat(out.sent).containsExactly(PcErr.of(type, value));
        assertThat(out.disconnected).isTrue();
        assertThat(m.state()).isEqualTo(SessionState.IDLE);
        assertThat(out.downs).hasSize(1);
        assertThat(out.downs.get(0).error()).isEqualTo(Optional.of(PcepErrors.lookup(type, value)));
        assertThat(out.wasUpAtDown).isFalse();
        assertThat(m.nextDeadlineIn(clock.nanoTime())).isEqualTo(Long.MAX_VALUE);
    }
}
