package org.pathwise.cli.emulate;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pathwise.pcc.emulate.ConstraintMix;
import org.pathwise.pcc.emulate.DemandSource;
import org.pathwise.pcc.emulate.Interarrival;
import org.pathwise.pcc.emulate.LoadEngine;
import org.pathwise.pcc.emulate.LoadReport;
import org.pathwise.pcc.emulate.LoadResult;
import org.pathwise.pcc.emulate.LoadSettings;
import org.pathwise.pcc.emulate.Pacing;
import org.pathwise.pcc.emulate.PccFleet;
import org.pathwise.pcc.emulate.ProgressPrinter;
import org.pathwise.pcc.emulate.SndlibDemands;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathwise pcc emulate}: N PCCs, each its own session from its own 127.x.y.z, asking a PCE
 * for paths at a given rate; live progress, then the report as a table and/or JSON.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = "Emulate N PCCs asking a PCE for paths; report rate, latency percentiles, no-paths and errors.")
public final class EmulateCommand implements Callable<Integer> {

    @Option(names = "--pce", required = true, converter = PceAddress.class, description = "The PCE, HOST[:PORT] (port 4189 if omitted).")
    InetSocketAddress pce;

    @Option(names = "--topology", description = "The PCE's topology file (to pick node pairs and map demand names to router IDs)."
            + " Defaults to the --demands file when that is an SNDlib file, else the bundled GEANT network.")
    Path topology;

    @Option(names = "--sessions", defaultValue = "100", description = "Emulated PCCs (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--rate", defaultValue = "1000", description = "Requests per second over all sessions (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--interarrival", defaultValue = "poisson",
            description = "Gaps between requests: constant, poisson or gaussian (default: ${DEFAULT-VALUE}).")
    String interarrival;

    @Option(names = "--window", description = "Closed loop instead of --rate: keep this many requests outstanding per session.")
    Integer window;

    @Option(names = "--demands", defaultValue = "random",
            description = "'random' (uniform node pairs) or an SNDlib file whose DEMANDS section to replay (default: ${DEFAULT-VALUE}).")
    String demands;

    @Option(names = "--constraints", defaultValue = "shortest",
            description = "mixed, one kind, or kind=weight,… with kinds shortest, bandwidth, delay-bound, hop-limit,"
                    + " affinity, disjoint, sr, widest (default: ${DEFAULT-VALUE}).")
    String constraints;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long requests are sent (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "0s", converter = DurationConverter.class,
            description = "Load sent first and not reported (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--timeout", defaultValue = "5s", converter = DurationConverter.class,
            description = "A request unanswered this long counts as a timeout (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--io-threads", defaultValue = "1", description = "Event loops for all the sessions (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "Write the report as JSON to FILE, or alone: JSON on stdout instead of the table.")
    String json;

    @Override
    public Integer call() throws Exception {
        boolean jsonOnly = "-".equals(json);
        PrintStream out = jsonOnly ? System.err : System.out;
        Loaded t = loadTopology();
        DemandSource source = demands.equalsIgnoreCase("random") ? DemandSource.randomPairs(t.snapshot, 0)
                : new DemandSource.Listed(SndlibDemands.read(Path.of(demands), t.snapshot));
        String demandText = demands.equalsIgnoreCase("random") ? "random pairs of " + t.snapshot.nodeCount() + " nodes"
                : source.size() + " demands from " + demands;
        ConstraintMix mix = ConstraintMix.parse(constraints);
        Pacing pacing = window != null ? new Pacing.ClosedLoop(window)
                : new Pacing.OpenLoop(Interarrival.parse(interarrival, rate));
        LoadSettings settings = new LoadSettings(pacing, duration, timeout, seed);
        if (t.synthetic) {
            out.println("note: " + t.name + " has nodes without router IDs; using the synthetic ones (10.0.0.1 + node"
                    + " index), as 'pathwise serve' does for the same file");
        }
        out.printf(Locale.ROOT, "%d PCCs -> %s: %s, %s, %s%n", sessions, DemoCommand.hostPort(pce), pacing.describe(),
                mix, demandText);
        long t0 = System.nanoTime();
        try (PccFleet fleet = PccFleet.connect(pce, sessions, PccFleet.pccConfig(), ioThreads, Duration.ofSeconds(30),
                up -> { })) {
            out.printf(Locale.ROOT, "%d sessions Up in %.1f s%n", sessions, (System.nanoTime() - t0) / 1e9);
            if (!warmup.isZero()) {
                new LoadEngine(fleet.channels(), source, mix, new LoadSettings(pacing, warmup, timeout, seed + 1))
                        .run(LoadEngine.ProgressListener.NONE);
            }
            LoadEngine engine = new LoadEngine(fleet.channels(), source, mix, settings);
            ProgressPrinter progress = new ProgressPrinter(out, !jsonOnly && ProgressPrinter.isTerminal());
            LoadResult result = engine.run(progress);
            progress.finish();
            LoadReport report = LoadReport.of(result, DemoCommand.hostPort(pce), sessions, settings, mix, demandText);
            if (jsonOnly) {
                System.out.println(report.toJson());
            } else {
                out.println();
                out.print(report.toTable());
                if (json != null) {
                    Files.writeString(Path.of(json), report.toJson() + "\n");
                    out.println("\nJSON report written to " + json);
                }
            }
            return report.errors() + report.timeouts() == 0 ? 0 : 2;
        }
    }

    private record Loaded(TeSnapshot snapshot, String name, boolean synthetic) {
    }

    private Loaded loadTopology() {
        Path file = topology;
        if (file == null && !demands.equalsIgnoreCase("random")) {
            file = Path.of(demands);
        }
        TeSnapshot s = file != null ? TopologyFiles.load(file)
                : TopologyFiles.bundled(TopologyFiles.BUNDLED_NAMES.get(0));
        return new Loaded(SyntheticAddressing.whereMissing(s), file == null ? "the bundled topology" : file.toString(),
                SyntheticAddressing.nodesWithoutRouterId(s) > 0);
    }
}
