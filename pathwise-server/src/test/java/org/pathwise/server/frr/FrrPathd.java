package org.pathwise.server.frr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * FRR's zebra and pathd (Debian package, /work/shared/INTEROP.md) run by hand from a temp
 * directory owned by user frr, as a stateful SR PCC pointed at a Pathwise PCE on loopback.
 * Stops exactly the daemons it started, by the pids in their pid files.
 */
public final class FrrPathd implements AutoCloseable {
    static final Path ZEBRA = Path.of("/usr/lib/frr/zebra");
    static final Path PATHD = Path.of("/usr/lib/frr/pathd");
    static final Path VTYSH = Path.of("/usr/bin/vtysh");

    private final Path dir;

    private FrrPathd(Path dir) {
        this.dir = dir;
    }

    /** Why FRR cannot run here, or null when it can. */
    public static String unavailable() {
        if (!Files.isExecutable(ZEBRA) || !Files.isExecutable(PATHD) || !Files.isExecutable(VTYSH)) {
            return "FRR is not installed (apt-get install -y frr; .ci/run does it)";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "FRR daemons must be started as root (they drop to user frr)";
        }
        return null;
    }

    /**
     * Starts zebra, then pathd with one policy (an explicit and a dynamic candidate path, as in
     * INTEROP.md) and a PCE at 127.0.0.1:{@code pcePort}, connecting from {@code sourcePort}.
     */
    public static FrrPathd start(int pcePort, int sourcePort, String timers) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pathwise-frr-");
        Files.writeString(dir.resolve("zebra.conf"), "");
        Files.writeString(dir.resolve("pathd.conf"), """
                log file %s/frr.log debugging
                debug pathd pcep basic
                debug pathd pcep path
                debug pathd pcep message
                debug pathd pcep pceplib
                segment-routing
                 traffic-eng
                  mpls-te on
                  segment-list SL1
                   index 10 mpls label 16010
                   index 20 mpls label 16030
                  !
                  policy color 1 endpoint 2.2.2.2
                   name POL1
                   binding-sid 4000
                   candidate-path preference 100 name CP1 explicit segment-list SL1
                   candidate-path preference 200 name CP2 dynamic
                    bandwidth 100000
                    metric te 10
                  !
                  pcep
                   pce-config GROUP1
                    source-address ip 127.0.0.1 port %d
                    %s
                    pce-initiated
                   !
                   pce PCE1
                    config GROUP1
                    address ip 127.0.0.1 port %d
                   !
                   pcc
                    peer PCE1 precedence 10
                """.formatted(dir, sourcePort, timers, pcePort));
        run(List.of("chown", "-R", "frr:frr", dir.toString()));
        FrrPathd frr = new FrrPathd(dir);
        run(List.of(ZEBRA.toString(), "-d", "-f", dir.resolve("zebra.conf").toString(), "-i",
                dir.resolve("zebra.pid").toString(), "-z", dir.resolve("zserv.api").toString(), "--vty_socket",
                dir.toString(), "-u", "frr", "-g", "frr"));
        for (int i = 0; i < 100 && !Files.exists(dir.resolve("zserv.api")); i++) {
            Thread.sleep(50); // pathd connects to zebra's socket at start
        }
        run(List.of(PATHD.toString(), "-d", "-M", "pathd_pcep", "-f", dir.resolve("pathd.conf").toString(), "-i",
                dir.resolve("pathd.pid").toString(), "-z", dir.resolve("zserv.api").toString(), "--vty_socket",
                dir.toString(), "-u", "frr", "-g", "frr"));
        return frr;
    }

    /** pathd's debug log (PCEP events and messages), for failure messages. */
    public String log() throws IOException {
        Path log = dir.resolve("frr.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    public String vtysh(String command) throws IOException, InterruptedException {
        return run(List.of(VTYSH.toString(), "--vty_socket", dir.toString(), "-c", command));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String daemon : List.of("pathd", "zebra")) {
            Path pidFile = dir.resolve(daemon + ".pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(h -> {
                    h.destroy();
                    try {
                        h.onExit().get(5, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        problems.add(daemon + " (pid " + pid + ") did not stop: " + e);
                        h.destroyForcibly();
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
    }
}
