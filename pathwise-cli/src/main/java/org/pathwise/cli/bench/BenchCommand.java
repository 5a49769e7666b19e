package org.pathwise.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pathwise.bench.e2e.BenchSettings;
import org.pathwise.bench.e2e.BenchTopologies;
import org.pathwise.bench.e2e.E2eBench;
import org.pathwise.cli.emulate.DurationConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pathwise bench [EXPERIMENT…]}: the end-to-end harness. Without arguments it runs every
 * experiment of the 2011 PCE emulator paper (Table I, Fig. 11, Table II, Fig. 12) and the limit
 * against a bare Netty echo, and writes them into docs/PERFORMANCE.md. {@code pathwise bench
 * sessions} is the session-scale benchmark. JMH micro-benchmarks run with {@code ./pathwise jmh}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmarks: the paper's experiments on this machine, written into docs/PERFORMANCE.md.",
                "Experiments: table1 (per-stage times vs rate, Atlanta), fig11 (compute vs topology size),",
                "table2 (workers vs queueing), fig12 (TED updates vs compute), limit (vs a bare Netty echo),",
                "floor (this machine's thread hand-over latency, the least any server time holds).",
                "'pathwise bench sessions' measures session setup and holding at scale."},
        subcommands = {BenchSessionsCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "Which to run (default: all).")
    List<String> which;

    @Option(names = "--step", defaultValue = "5s", converter = DurationConverter.class,
            description = "Length of each load step (default: ${DEFAULT-VALUE}).")
    Duration step;

    @Option(names = "--warmup", defaultValue = "3s", converter = DurationConverter.class,
            description = "Unreported load per PCE before measuring (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--sessions", defaultValue = "1000", description = "PCCs for Table I and the limit (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--rates", split = ",", paramLabel = "REQ/S",
            description = "Offered rates of Table I, tried in order until the PCE saturates (default: 1500,2500,4500,10000,20000,30000,…,200000).")
    List<Integer> rates;

    @Option(names = "--pce-io-threads", defaultValue = "1",
            description = "Event loops of the in-process PCE and of the echo server (0: Netty's default, twice the cores; default: ${DEFAULT-VALUE}).")
    int pceIoThreads;

    @Option(names = "--pcc-io-threads", defaultValue = "1",
            description = "Event loops of the emulated PCCs (default: ${DEFAULT-VALUE}).")
    int pccIoThreads;

    @Option(names = "--data", description = "The shared reference data folder (holding sndlib/atlanta.txt); default: shared/data here or in a parent folder.")
    Path data;

    @Option(names = "--doc", defaultValue = "docs/PERFORMANCE.md", description = "Where to write the results (default: ${DEFAULT-VALUE}); 'none' to only print.")
    String doc;

    @Override
    public Integer call() throws Exception {
        List<String> run = which == null || which.isEmpty() || which.contains("all") ? E2eBench.EXPERIMENTS : which;
        for (String name : run) {
            if (!E2eBench.EXPERIMENTS.contains(name)) {
                System.err.println("unknown experiment '" + name + "'; choose from " + E2eBench.EXPERIMENTS);
                return 2;
            }
        }
        Path dataDir = data != null ? data : BenchTopologies.findData();
        if (!Files.isDirectory(dataDir.resolve("sndlib"))) {
            System.err.println(dataDir + ": no sndlib/ folder; give --data the shared reference data folder");
            return 2;
        }
        Path docPath = doc.equals("none") ? null : Path.of(doc);
        BenchSettings settings = BenchSettings.defaults(System.err).withStep(step).withWarmup(warmup).withSessions(sessions);
        if (pceIoThreads < 0 || pccIoThreads < 1) {
            System.err.println("--pce-io-threads must be 0 or more and --pcc-io-threads 1 or more, got "
                    + pceIoThreads + " and " + pccIoThreads);
            return 2;
        }
        settings = settings.withIoThreads(pceIoThreads, pccIoThreads);
        if (rates != null && !rates.isEmpty()) {
            if (rates.stream().anyMatch(r -> r < 1)) {
                System.err.println("--rates: each rate must be a positive number of requests per second, got " + rates);
                return 2;
            }
            settings = settings.withTable1Rates(rates);
        }
        String command = "./pathwise bench " + String.join(" ", run.size() == E2eBench.EXPERIMENTS.size() ? List.of() : run)
                + (step.equals(Duration.ofSeconds(5)) ? "" : " --step " + step.toSeconds() + "s")
                + (sessions == 1000 ? "" : " --sessions " + sessions)
                + (pceIoThreads == 1 ? "" : " --pce-io-threads " + pceIoThreads)
                + (pccIoThreads == 1 ? "" : " --pcc-io-threads " + pccIoThreads)
                + (rates == null || rates.isEmpty() ? "" : " --rates " + rates.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")));
        E2eBench bench = new E2eBench(dataDir, settings, docPath, command.replace("  ", " ").trim());
        for (String name : run) {
            System.out.println(bench.run(name));
        }
        return 0;
    }
}
