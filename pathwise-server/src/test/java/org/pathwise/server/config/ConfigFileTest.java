package org.pathwise.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.MetricKind;

class ConfigFileTest {

    private static ServerConfig parse(String yaml) {
        return ConfigFile.parse(new StringReader(yaml), "pathwise.yaml", Path.of("/etc/pathwise"),
                ServerConfig.builder()).build();
    }

    @Test
    void everyKeyIsReadAndRelativeTopologyIsNextToTheFile() {
        ServerConfig c = parse("""
                listen:
                  address: 127.0.0.1
                  port: 14189
                topology:
                  file: net.yaml
                  watch: false
                  pollMillis: 250
                queue:
                  capacity: 100
                  lowWater: 10
                  maxWaitMillis: 5000
                workers: 3
                ioThreads: 2
                overload:
                  durationSeconds: 9
                timers:
                  keepalive: 20
                  deadTimer: 80
                  minKeepalive: 1
                  maxKeepalive: 60
                  minDeadTimer: 4
                  maxDeadTimer: 240
                limits:
                  maxPendingPerSession: 30
                  maxUnknownMessagesPerMinute: 7
                compute:
                  defaultMetric: igp
                  maxLabels: 1000
                reply:
                  unsatisfiedConstraints: false
                sr:
                  defaultMsd: 6
                  candidatePaths: 3
                """);
        assertThat(c).isEqualTo(new ServerConfig("127.0.0.1", 14189, Path.of("/etc/pathwise/net.yaml"), false, 250,
                100, 10, 5000, 30, 3, 2, 9, 20, 80, 1, 60, 4, 240, 7, MetricKind.IGP, 1000, false, 6, 3, null));
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        assertThat(parse("")).isEqualTo(ServerConfig.DEFAULTS);
        assertThat(ServerConfig.DEFAULTS.port()).isEqualTo(4189);
        assertThat(ServerConfig.DEFAULTS.queueLowWater()).isEqualTo(5000);
    }

    @Test
    void aMisspeltKeyNamesFileLineAndTheKeysAccepted() {
        assertThatThrownBy(() -> parse("""
                listen:
                  port: 4189
                queue:
                  capacity: 10
                  capasity: 20
                """)).isInstanceOf(ConfigException.class).hasMessage(
                "pathwise.yaml:5: unknown key 'queue.capasity'; 'queue' accepts capacity, lowWater, maxWaitMillis");
        assertThatThrownBy(() -> parse("lisen:\n  port: 1\n")).hasMessage("pathwise.yaml:1: unknown key 'lisen'; "
                + "the sections are listen, topology, queue, workers, ioThreads, overload, timers, limits, compute, reply, sr, session");
    }

    @Test
    void theSessionSectionIsKeptRawForTheSessionModule() {
        ServerConfig c = parse("session:\n  limits:\n    connection-burst: 9\nworkers: 2\n");
        assertThat(c.session().values()).isEqualTo(java.util.Map.of("limits", java.util.Map.of("connection-burst", 9)));
        assertThat(c.session().source()).isEqualTo("pathwise.yaml");
        assertThat(c.workers()).isEqualTo(2);
    }

    @Test
    void wrongValuesNameFileLineAndKey() {
        assertThatThrownBy(() -> parse("listen:\n  port: many\n"))
                .hasMessage("pathwise.yaml:2: 'listen.port' must be a whole number, got 'many'");
        assertThatThrownBy(() -> parse("listen:\n  port: 70000\n"))
                .hasMessage("pathwise.yaml:2: 'listen.port' must be 0..65535, got 70000");
        assertThatThrownBy(() -> parse("topology:\n  watch: sometimes\n"))
                .hasMessage("pathwise.yaml:2: 'topology.watch' must be true or false, got 'sometimes'");
        assertThatThrownBy(() -> parse("compute:\n  defaultMetric: cost\n"))
                .hasMessage("pathwise.yaml:2: 'compute.defaultMetric' must be one of igp, te, hops, delay; got 'cost'");
        assertThatThrownBy(() -> parse("queue: 5\n"))
                .hasMessage("pathwise.yaml:1: 'queue' must be a mapping with keys capacity, lowWater, maxWaitMillis");
        assertThatThrownBy(() -> parse("queue:\n  capacity: 10\n  lowWater: 10\n"))
                .hasMessage("queue.lowWater must be 0..9 (below queue.capacity), got 10");
    }

    @Test
    void commandLineLayerOverridesTheFileAndDerivedLowWaterFollowsCapacity() {
        ServerConfig file = parse("queue:\n  capacity: 100\nlisten:\n  port: 5000\n");
        ServerConfig.Builder flags = file.toBuilder();
        flags.port = 6000;
        flags.queueCapacity = 40;
        ServerConfig c = flags.build();
        assertThat(c.port()).isEqualTo(6000);
        assertThat(c.queueCapacity()).isEqualTo(40);
        assertThat(c.queueLowWater()).isEqualTo(20);
    }
}
