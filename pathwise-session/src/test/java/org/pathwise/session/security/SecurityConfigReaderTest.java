package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.TimerRange;
import org.pathwise.session.TlsMode;
import org.pathwise.session.limits.LimitSettings;

class SecurityConfigReaderTest {

    @Test
    void readsPeersTlsAndLimits() throws Exception {
        Map<String, Object> session = Map.of(
                "peers", List.of(
                        Map.of("prefix", "192.0.2.0/24", "tls", "optional"),
                        Map.of("prefix", "192.0.2.7", "tls", "required", "md5-key", "s3cret",
                                "keepalive", List.of(10, 60), "deadtimer", List.of(40, 240))),
                "tls", Map.of("keystore", "pce.p12", "keystore-password", "pw", "truststore", "ca.p12",
                        "allow-tls12", true, "handshake-timeout", "5s", "peer-identity", "address-in-subject-alt-name"),
                "limits", Map.of("connections-per-second", 500, "first-message-timeout", "3s",
                        "partial-read-grace", "1500ms"));
        SecuritySettings s = SecurityConfigReader.read(session, "pathwise.yaml");
        assertThat(s.peers().lookup(InetAddress.getByName("192.0.2.7"))).contains(new PeerSettings(TlsMode.REQUIRED,
                Optional.of("s3cret"), new TimerRange(10, 60, false), new TimerRange(40, 240, false)));
        assertThat(s.peers().lookup(InetAddress.getByName("192.0.2.8"))).contains(PeerSettings.DEFAULT.withTls(TlsMode.OPTIONAL));
        assertThat(s.peers().admits(InetAddress.getByName("198.51.100.1"))).isFalse();
        assertThat(s.tls()).contains(new TlsSettings(Path.of("pce.p12"), "pw", Path.of("ca.p12"), "", true,
                Duration.ofSeconds(5), PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME));
        assertThat(s.limits()).isEqualTo(new LimitSettings(2, 10, 500, 5_000, 2_000, Duration.ofSeconds(3), 100,
                Duration.ofMillis(1500), 100_000));
    }

    @Test
    void anEmptySectionMeansDefaults() {
        SecuritySettings s = SecurityConfigReader.read(Map.of(), "pathwise.yaml");
        assertThat(s.tls()).isEmpty();
        assertThat(s.limits()).isEqualTo(LimitSettings.DEFAULTS);
        assertThat(s.peers().entries()).hasSize(2); // 0.0.0.0/0 and ::/0
    }

    @Test
    void errorsNameFileKeyAndFix() {
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("peers", List.of(Map.of("prefix", "pe1.example"))), "p.yaml"))
                .hasMessage("p.yaml: session.peers[0].prefix: 'pe1.example' is not an IP prefix: write e.g. 192.0.2.0/24 or 2001:db8::/32");
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("peers", List.of(Map.of("prefix", "10.0.0.1", "tls", "yes"))), "p.yaml"))
                .hasMessage("p.yaml: session.peers[0].tls: 'yes' is not a TLS mode; write off, optional or required");
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("limits", Map.of("first-message-timeout", "10x")), "p.yaml"))
                .hasMessage("p.yaml: session.limits.first-message-timeout: '10x' is not a duration; write e.g. 10s, 500ms or 2m");
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("limits", Map.of("connection-burst", 0)), "p.yaml"))
                .hasMessage("p.yaml: session.limits.connection-burst must be positive, not 0.0");
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("limits", Map.of("max-pending", 5)), "p.yaml"))
                .hasMessageStartingWith("p.yaml: session.limits.max-pending: unknown key; known keys are [");
        assertThatThrownBy(() -> SecurityConfigReader.read(Map.of("tls", Map.of("keystore", "k.p12")), "p.yaml"))
                .hasMessage("p.yaml: session.tls.truststore: missing; it is required");
    }

    @Test
    void anMd5KeyOnAWidePrefixIsRefusedWhenWired() {
        SecuritySettings s = SecurityConfigReader.read(Map.of("peers", List.of(Map.of("prefix", "10.0.0.0/24", "md5-key", "k"))), "p.yaml");
        assertThatThrownBy(() -> SecurityHooks.of(s.limits(), s.peers()))
                .hasMessageStartingWith("peer 10.0.0.0/24: md5-key needs a single address (/32 or /128)");
    }
}
