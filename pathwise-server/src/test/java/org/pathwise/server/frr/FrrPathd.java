package org.pathwise.server.frr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * FRR 8.4 zebra + pathd (with pathd_pcep) run by hand from a temp directory (INTEROP.md), as root,
 * with a policy whose dynamic candidate path asks the PCE. Stopped by the pids it wrote.
 */
final class FrrPathd implements AutoCloseable {
    static final Path PATHD = Path.of("/usr/lib/frr/pathd");
    static final Path ZEBRA = Path.of("/usr/lib/frr/zebra");

    private final Path dir;

    private FrrPathd(Path dir) {
        this.dir = dir;
    }

    /** Whether FRR's daemons are installed and we may run them (they need root to switch to user frr). */
    static String unavailable() {
        if (!Files.isExecutable(PATHD) || !Files.isExecutable(ZEBRA) || !Files.isExecutable(Path.of("/usr/bin/vtysh"))) {
            return "FRR NOT INSTALLED: skipping the FRR pathd interop test (apt-get install -y frr)";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "NOT ROOT: FRR daemons must start as root to drop to user frr; skipping the FRR pathd interop test";
        }
        return null;
    }

    /** Starts zebra and pathd; pathd connects to the PCE at 127.0.0.1:{@code pcePort} from {@code sourcePort}. */
    static FrrPathd start(int pcePort, int sourcePort) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pathwise-frr-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        FrrPathd frr = new FrrPathd(dir);
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
                  policy color 1 endpoint 2.2.2.2
                   name POL1
                   binding-sid 4000
                   candidate-path preference 200 name CP2 dynamic
                    bandwidth 100000
                    metric te 10
                  !
                  pcep
                   pce-config GROUP1
                    source-address ip 127.0.0.1 port %d
                    timer keep-alive 30
                    pce-initiated
                   !
                   pce PCE1
                    config GROUP1
                    address ip 127.0.0.1 port %d
                   !
                   pcc
                    peer PCE1 precedence 10
                """.formatted(dir, sourcePort, pcePort));
        frr.run(List.of("chown", "-R", "frr:frr", dir.toString()));
        frr.run(List.of(ZEBRA.toString(), "-d", "-f", dir + "/zebra.conf", "-i", dir + "/zebra.pid", "-z",
                dir + "/zserv.api", "--vty_socket", dir.toString(), "-u", "frr", "-g", "frr"));
        for (int i = 0; i < 100 && !Files.exists(dir.resolve("zserv.api")); i++) {
            Thread.sleep(50);
        }
        frr.run(List.of(PATHD.toString(), "-d", "-M", "pathd_pcep", "-f", dir + "/pathd.conf", "-i", dir + "/pathd.pid",
                "-z", dir + "/zserv.api", "--vty_socket", dir.toString(), "-u", "frr", "-g", "frr"));
        return frr;
    }

    /** pathd's debug log, for failure messages. */
    String log() throws IOException {
        Path log = dir.resolve("frr.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    String vtysh(String command) throws IOException, InterruptedException {
        return run(List.of("vtysh", "--vty_socket", dir.toString(), "-c", command));
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping FRR", e);
        }
    }

    private void stop() throws IOException, InterruptedException {
        List<String> pids = new ArrayList<>();
        for (String daemon : List.of("pathd", "zebra")) {
            Path pid = dir.resolve(daemon + ".pid");
            if (Files.exists(pid)) {
                pids.add(Files.readString(pid).trim());
            }
        }
        for (String pid : pids) {
            run(List.of("kill", pid));
        }
        for (String pid : pids) {
            for (int i = 0; i < 100 && Files.exists(Path.of("/proc", pid)); i++) {
                Thread.sleep(50);
            }
        }
    }
}
