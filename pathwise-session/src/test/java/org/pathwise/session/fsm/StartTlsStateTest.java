package org.pathwise.session.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.session.fsm.Wire.decode;
import static org.pathwise.session.fsm.Wire.decoded;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.StartTls;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.TlsMode;

/** RFC 8253 §3.4: StartTLSWait and its PCErr 25/x exits. The TLS handler itself is the transport's. */
class StartTlsStateTest {
    final FakeTicker clock = new FakeTicker();
    final RecordingActions out = new RecordingActions();

    SessionMachine machine(TlsMode mode) {
        SessionConfig config = SessionConfig.pce().withTicker(clock).withTls((ch, role, peer) -> {
            throw new AssertionError("the machine never builds TLS handlers itself");
        });
        SessionMachine m = new SessionMachine(config, PeerSettings.DEFAULT.withTls(mode), 1, out, clock.nanoTime());
        m.connected(clock.nanoTime());
        return m;
    }

    static Open open() {
        return new Open(new OpenObject(30, 120, 1, List.of()));
    }

    @Test
    void startTlsIsSentFirstThenTheOpenAfterTheHandshake() {
        SessionMachine m = machine(TlsMode.REQUIRED);
        assertThat(out.drain()).containsExactly(StartTls.INSTANCE);
        assertThat(m.state()).isEqualTo(SessionState.START_TLS_WAIT);
        m.received(decode("200d0004"), clock.nanoTime());
        assertThat(out.tlsStarts).isEqualTo(1);
        assertThat(out.sent).isEmpty();
        m.tlsEstablished(clock.nanoTime());
        assertThat(out.drain()).hasSize(1).allMatch(Open.class::isInstance);
        assertThat(m.state()).isEqualTo(SessionState.OPEN_WAIT);
        m.received(decoded(open()), clock.nanoTime());
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(m.negotiated().tls()).isTrue();
    }

    @Test
    void openInsteadOfStartTlsWhenTlsIsRequiredIs25Slash3() {
        SessionMachine m = machine(TlsMode.REQUIRED);
        out.drain();
        m.received(decoded(open()), clock.nanoTime());
        assertThat(out.sent).containsExactly(PcErr.of(25, 3));
        assertThat(out.disconnected).isTrue();
    }

    @Test
    void openInsteadOfStartTlsWhenTlsIsOptionalFallsBackToPlainPcep() {
        SessionMachine m = machine(TlsMode.OPTIONAL);
        out.drain();
        m.received(decoded(open()), clock.nanoTime());
        assertThat(out.sent).hasSize(2);
        assertThat(out.sent.get(0)).isInstanceOf(Open.class);
        assertThat(out.sent.get(1)).isEqualTo(Keepalive.INSTANCE);
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(m.state()).isEqualTo(SessionState.UP);
        assertThat(m.negotiated().tls()).isFalse();
    }

    @Test
    void anyOtherMessageIs25Slash2() {
        SessionMachine m = machine(TlsMode.REQUIRED);
        out.drain();
        m.received(decoded(Keepalive.INSTANCE), clock.nanoTime());
        assertThat(out.sent).containsExactly(PcErr.of(25, 2));
    }

    @Test
    void startTlsWaitExpiryIs25Slash5() {
        SessionMachine m = machine(TlsMode.REQUIRED);
        out.drain();
        m.tick(clock.advance(Duration.ofSeconds(59)));
        assertThat(out.sent).isEmpty();
        m.tick(clock.advance(Duration.ofSeconds(1)));
        assertThat(out.sent).containsExactly(PcErr.of(25, 5));
    }

    @Test
    void handshakeFailureIs25Slash3WhenRequiredAnd25Slash4WhenOptional() {
        SessionMachine required = machine(TlsMode.REQUIRED);
        required.received(decode("200d0004"), clock.nanoTime());
        out.drain();
        required.tlsFailed("certificate unknown", clock.nanoTime());
        assertThat(out.drain()).containsExactly(PcErr.of(25, 3));
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.TLS_FAILED);

        RecordingActions out2 = new RecordingActions();
        SessionConfig config = SessionConfig.pce().withTicker(clock).withTls((ch, role, peer) -> null);
        SessionMachine optional = new SessionMachine(config, PeerSettings.DEFAULT.withTls(TlsMode.OPTIONAL), 1, out2,
                clock.nanoTime());
        optional.connected(clock.nanoTime());
        optional.received(decode("200d0004"), clock.nanoTime());
        optional.tlsFailed("handshake timed out", clock.nanoTime());
        assertThat(out2.sent).containsExactly(StartTls.INSTANCE, PcErr.of(25, 4));
    }

    @Test
    void tlsRequiredWithoutATlsContextRefusesAt25Slash3() {
        SessionMachine m = new SessionMachine(SessionConfig.pce().withTicker(clock),
                PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED), 1, out, clock.nanoTime());
        m.connected(clock.nanoTime());
        assertThat(out.sent).containsExactly(PcErr.of(25, 3));
    }

    @Test
    void peerWithoutPcepsAnsweringPcErrEndsTheAttempt() {
        SessionMachine m = machine(TlsMode.REQUIRED);
        out.drain();
        m.received(decoded(PcErr.of(1, 1)), clock.nanoTime());
        assertThat(out.sent).isEmpty();
        assertThat(out.downs.get(0).cause()).isEqualTo(SessionDown.Cause.NEGOTIATION_FAILED);
    }
}
