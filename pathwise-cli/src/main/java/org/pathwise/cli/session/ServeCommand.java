package org.pathwise.cli.session;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pathwise.session.PcepServer;
import org.pathwise.session.SessionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pathwise serve}: a PCE listener that accepts PCEP sessions, negotiates them and prints
 * every session event and message as a JSON line on stdout (logs go to stderr). Path computation
 * is not wired in yet: each PCReq is cancelled with PCNtf 1/2 (see {@link ServeListener}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Accept PCEP sessions and print session events and messages as JSON lines.",
                "Requests are cancelled (PCNtf 1/2) until path computation is plugged in."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "0.0.0.0:4189",
            description = "Address and TCP port to listen on. Default ${DEFAULT-VALUE}.")
    String listen;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "0",
            description = "Stop after S seconds (0: run until Ctrl-C).")
    long duration;

    @Mixin
    TimerOptions timers = new TimerOptions();

    /** The session configuration these options describe. */
    public SessionConfig config() {
        return timers.apply(SessionConfig.pce());
    }

    public InetSocketAddress listenAddress() {
        return HostPort.parse(listen, "--listen", 4189);
    }

    @Override
    public Integer call() throws Exception {
        SessionConfig config;
        InetSocketAddress bind;
        try {
            config = config();
            bind = listenAddress();
        } catch (IllegalArgumentException e) {
            System.err.println("pathwise serve: " + e.getMessage());
            return 2;
        }
        PrintStream out = System.out;
        SessionJson json = new SessionJson();
        CountDownLatch stop = new CountDownLatch(1);
        try (ServeListener listener = new ServeListener(out)) {
            PcepServer server;
            try {
                server = PcepServer.start(config, bind, listener);
            } catch (Exception e) {
                System.err.println("pathwise serve: cannot listen on " + listen + ": " + e.getMessage()
                        + " (is the port in use? port 4189 needs root or CAP_NET_BIND_SERVICE below 1024 only)");
                return 2;
            }
            Thread hook = new Thread(stop::countDown, "serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            var started = json.event("listening", null);
            started.put("listen", server.localAddress().getAddress().getHostAddress() + ":"
                    + server.localAddress().getPort());
            started.put("transport", server.isEpoll() ? "epoll" : "nio");
            started.put("keepalive", config.keepalive());
            started.put("deadTimer", config.deadTimer());
            out.println(json.line(started));
            if (duration > 0) {
                stop.await(duration, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
            server.close();
            out.println(json.line(json.event("stopped", null)));
        }
        return 0;
    }
}
