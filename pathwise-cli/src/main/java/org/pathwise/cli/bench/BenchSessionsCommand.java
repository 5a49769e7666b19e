package org.pathwise.cli.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.pathwise.bench.session.SessionScaleBench;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathwise bench sessions}: how many PCEP sessions one PCE sets up and holds, at what cost. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {
            "Starts a PCE here and COUNT emulated PCCs in a second process, each from its own 127.x.y.z;",
            "reports setup rate, heap after GC and CPU while the sessions only exchange keepalives.",
            "Needs COUNT + ~150 file descriptors ('ulimit -n') in each process."
        })
public final class BenchSessionsCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "20000", description = "Emulated PCCs (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--hold", defaultValue = "30", description = "Seconds to hold the sessions while measuring CPU (default ${DEFAULT-VALUE}).")
    int hold;

    @Option(names = "--keepalive", defaultValue = "30", description = "Keepalive in seconds both sides use; DeadTimer is 4x (default ${DEFAULT-VALUE}).")
    int keepalive;

    @Option(names = "--window", defaultValue = "1000", description = "PCCs negotiating at once (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--verbose", description = "Keep session INFO logs (one line per session).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Logger sessionLog = (Logger) LoggerFactory.getLogger("org.pathwise.session");
        Level level = sessionLog.getLevel();
        if (!verbose) {
            sessionLog.setLevel(Level.WARN);
        }
        SessionScaleBench.Result result;
        try {
            result = SessionScaleBench.run(new SessionScaleBench.Options(count, hold, keepalive, window), System.err);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("pathwise bench sessions: " + e.getMessage());
            return 2;
        } finally {
            sessionLog.setLevel(level); // in-process callers (tests) keep their logging
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        return result.sessionsUp() == count && result.sessionsLostWhileHolding() == 0 ? 0 : 1;
    }
}
