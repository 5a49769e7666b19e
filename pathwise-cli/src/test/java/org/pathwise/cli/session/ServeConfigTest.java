package org.pathwise.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.server.config.ServerConfig;
import picocli.CommandLine;

/** {@code pathwise serve}: defaults, then --config, then the flags given. */
class ServeConfigTest {

    private static ServerConfig parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.serverConfig();
    }

    @Test
    void flagsOverrideTheFileAndTheFileOverridesDefaults(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pathwise.yaml");
        Files.writeString(config, "listen:\n  address: 127.0.0.1\n  port: 14189\ntopology:\n  file: net.yaml\nworkers: 3\n");
        ServerConfig fromFile = parse("--config", config.toString());
        assertThat(fromFile.port()).isEqualTo(14189);
        assertThat(fromFile.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(fromFile.topology()).isEqualTo(dir.resolve("net.yaml"));
        assertThat(fromFile.workers()).isEqualTo(3);

        ServerConfig flags = parse("--config", config.toString(), "--listen", "127.0.0.2:4000", "--topology", "other.json");
        assertThat(flags.port()).isEqualTo(4000);
        assertThat(flags.listenAddress()).isEqualTo("127.0.0.2");
        assertThat(flags.topology()).isEqualTo(Path.of("other.json"));
        assertThat(flags.workers()).isEqualTo(3);

        ServerConfig none = parse("--topology", "net.yaml");
        assertThat(none.port()).isEqualTo(4189);
        assertThat(none.listenAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void aTimerFlagKeepsTheConfiguredAllowlistAndPerPeerTerms(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pathwise.yaml");
        Files.writeString(config, "session:\n  peers:\n    - prefix: 192.0.2.0/24\n      keepalive: [10, 60]\n");
        for (String[] flags : new String[][] {{"--keepalive", "10"}, {"--keepalive-range", "5-20"}}) {
            ServeCommand serve = new ServeCommand();
            String[] args = new String[] {"--config", config.toString(), flags[0], flags[1]};
            new CommandLine(serve).parseArgs(args);
            var session = serve.wire(serve.serverConfig(), (s, m, receivedNanos) -> { }).config();
            assertThat(session.peers().settingsFor(java.net.InetAddress.getByName("198.51.100.1")))
                    .as("a peer outside the file's allowlist, with %s", String.join(" ", flags)).isEmpty();
            var inside = session.peers().settingsFor(java.net.InetAddress.getByName("192.0.2.9"));
            assertThat(inside).as("a listed peer").isPresent();
            assertThat(inside.get().keepaliveRange().min()).isEqualTo(flags[0].equals("--keepalive") ? 10 : 5);
            assertThat(inside.get().keepaliveRange().max()).isEqualTo(flags[0].equals("--keepalive") ? 60 : 20);
        }
    }
}
