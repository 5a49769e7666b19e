package org.pathwise.cli.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import org.pathwise.server.PceServer;
import org.pathwise.server.PceService;
import org.pathwise.server.config.ConfigException;
import org.pathwise.server.config.ConfigFile;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.session.PcepServer;
import org.pathwise.session.security.SecuritySettings;
import org.pathwise.ted.TopologyException;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathwise serve}: a PCE listener that accepts PCEP sessions, negotiates them and prints
 * every session event as a JSON line on stdout (logs go to stderr); with {@code --messages} also
 * every message received and sent. Requests are answered by the PCE server (pathwise-server,
 * docs/server.md) on the {@code --topology} file.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the PCE: accept PCEP sessions, answer PCReq with paths computed on the topology "
                + "and print session events (with --messages, also every message) as JSON lines.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "0.0.0.0:4189",
            description = "Address and TCP port to listen on. Default ${DEFAULT-VALUE}.")
    String listen;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "0",
            description = "Stop after S seconds (0: run until Ctrl-C).")
    long duration;

    @Option(names = "--topology", paramLabel = "FILE",
            description = "Topology to compute on (reloaded when the file changes). Overrides topology.file.")
    Path topology;

    @Option(names = "--messages",
            description = "Also print every message a PCC sends (\"received\") and every message the PCE answers "
                    + "with (\"sent\"), as JSON lines. Under load lines beyond " + JsonLinePrinter.MESSAGE_CAPACITY
                    + " waiting are dropped and counted (a \"dropped\" line). Default: session events only.")
    boolean messages;

    @Option(names = "--io-threads", paramLabel = "N",
            description = "Event loops for all sessions' I/O (default: ioThreads of the config, else one per two "
                    + "cores). Computation runs on the workers, never on these.")
    Integer ioThreads;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (keys: docs/server.md); the flags given override it.")
    Path configFile;

    @Mixin
    TimerOptions timers = new TimerOptions();

    @Spec
    CommandSpec spec;

    /** The server configuration: defaults, then {@code --config}, then the flags given. */
    public ServerConfig serverConfig() {
        ServerConfig.Builder b = configFile == null ? ServerConfig.builder()
                : ConfigFile.read(configFile, ServerConfig.builder());
        if (topology != null) {
            b.topology = topology;
        }
        if (ioThreads != null) {
            b.ioThreads = ioThreads;
        }
        if (configFile == null || spec.commandLine().getParseResult().hasMatchedOption("--listen")) {
            InetSocketAddress a = listenAddress();
            b.listenAddress = a.getAddress().getHostAddress();
            b.port = a.getPort();
        }
        return b.build();
    }

    /** Whether a timer or limit flag was given: then they replace the file's timers and limits. */
    private boolean timerFlagsGiven() {
        return spec.commandLine().getParseResult().matchedOptions().stream()
                .anyMatch(o -> o.longestName().startsWith("--keepalive") || o.longestName().startsWith("--deadtimer")
                        || o.longestName().startsWith("--max-"));
    }

    private boolean rangeFlagsGiven() {
        return spec.commandLine().getParseResult().matchedOptions().stream()
                .anyMatch(o -> o.longestName().endsWith("-range"));
    }

    /**
     * The session configuration and listener {@code serve} runs with: the PCE's wiring (the
     * capabilities it serves, peers, TLS, connection limits), then the timer and limit flags given.
     */
    SecuritySettings.Wired wire(ServerConfig serverConfig, SessionListener listener) {
        SecuritySettings.Wired wired = PceService.wire(serverConfig, listener);
        return timerFlagsGiven()
                ? new SecuritySettings.Wired(timers.apply(wired.config(), rangeFlagsGiven()), wired.listener(),
                        wired.hooks())
                : wired;
    }

    public InetSocketAddress listenAddress() {
        return HostPort.parse(listen, "--listen", 4189);
    }

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: the hook lets the main thread close in order (and print what is queued) before the JVM halts.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown");
        try (Serving serving = start(System.out)) {
            Runtime.getRuntime().addShutdownHook(hook);
            if (duration > 0) {
                stop.await(duration, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        } catch (StartFailure e) {
            System.err.println("pathwise serve: " + e.getMessage());
            return 2;
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Why {@code serve} could not start; the message is for the user (file:line, what to do). */
    static final class StartFailure extends Exception {
        StartFailure(String message) {
            super(message);
        }
    }

    /**
     * Loads the topology, listens and prints the {@code listening} line on {@code out}; from then
     * on every session event (and, with {@code --messages}, every message) is a line on {@code out}.
     */
    Serving start(PrintStream out) throws StartFailure, InterruptedException {
        ServerConfig serverConfig;
        PceServer pce;
        try {
            serverConfig = serverConfig();
            pce = PceServer.fromConfig(serverConfig);
        } catch (IllegalArgumentException | ConfigException | TopologyException e) {
            throw new StartFailure(e.getMessage());
        }
        SessionJson json = new SessionJson();
        JsonLinePrinter printer = JsonLinePrinter.start(out, json);
        try {
            SecuritySettings.Wired wired;
            try {
                wired = wire(serverConfig, new ServeListener(printer, pce, messages));
            } catch (IllegalArgumentException e) {
                throw new StartFailure(e.getMessage());
            }
            InetSocketAddress bind = new InetSocketAddress(serverConfig.listenAddress(), serverConfig.port());
            PcepServer server;
            try {
                server = PcepServer.start(wired.config(), bind, wired.listener(), serverConfig.effectiveIoThreads());
            } catch (Exception e) {
                throw new StartFailure("cannot listen on " + listen + ": " + e.getMessage()
                        + " (is the port in use? port 4189 needs root or CAP_NET_BIND_SERVICE below 1024 only)");
            }
            SessionConfig config = wired.config();
            ObjectNode started = json.event("listening", null);
            started.put("listen", server.localAddress().getAddress().getHostAddress() + ":"
                    + server.localAddress().getPort());
            started.put("transport", server.isEpoll() ? "epoll" : "nio");
            started.put("keepalive", config.keepalive());
            started.put("deadTimer", config.deadTimer());
            started.put("topology", serverConfig.topology() == null ? null : serverConfig.topology().toString());
            started.put("nodes", pce.ted().current().nodeCount());
            started.put("links", pce.ted().current().linkCount());
            started.put("syntheticAddressing", pce.syntheticAddressing());
            started.put("workers", pce.metrics().workers());
            started.put("ioThreads", serverConfig.effectiveIoThreads());
            started.put("messages", messages);
            printer.event(() -> started);
            return new Serving(pce, server, printer, json);
        } catch (StartFailure | RuntimeException e) {
            pce.close();
            printer.close();
            throw e;
        }
    }
}
