package org.pathwise.cli.emulate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pathwise.bench.e2e.LocalPce;
import org.pathwise.bench.e2e.StageTimes;
import org.pathwise.pcc.emulate.ConstraintMix;
import org.pathwise.pcc.emulate.DemandSource;
import org.pathwise.pcc.emulate.Interarrival;
import org.pathwise.pcc.emulate.LoadEngine;
import org.pathwise.pcc.emulate.LoadReport;
import org.pathwise.pcc.emulate.LoadResult;
import org.pathwise.pcc.emulate.LoadSettings;
import org.pathwise.pcc.emulate.Pacing;
import org.pathwise.pcc.emulate.PathRenderer;
import org.pathwise.pcc.emulate.PccFleet;
import org.pathwise.pcc.emulate.ProgressPrinter;
import org.pathwise.pcc.emulate.RequestKind;
import org.pathwise.pcc.emulate.Sample;
import org.pathwise.pcc.emulate.SourceAddresses;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.Response;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.io.TopologyDocument;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathwise demo}: the README's first command. Starts the PCE in this process on a bundled
 * Topology Zoo network, brings up a few hundred emulated PCCs (each its own 127.x.y.z) that ask
 * for paths with mixed constraints, shows live progress, then prints sample paths, the per-stage
 * timing table and what to try next. Everything it started is stopped before it returns.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the PCE and a few hundred emulated PCCs on a bundled topology and show what happens.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--sessions", defaultValue = "300", description = "Emulated PCCs (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--rate", defaultValue = "2000", description = "Requests per second over all PCCs (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--duration", defaultValue = "20s", converter = DurationConverter.class,
            description = "How long the PCCs ask for paths, e.g. 20s, 2s, 500ms (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--constraints", defaultValue = "mixed",
            description = "Constraint mix: mixed, one kind, or kind=weight,… (default: ${DEFAULT-VALUE}).")
    String constraints;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for arrivals, demands and constraints (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "3s", converter = DurationConverter.class,
            description = "Load run first and not reported, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--topology", description = "A topology file instead of the bundled GÉANT network (nodes without "
            + "router IDs get synthetic ones, as pathwise serve gives them).")
    java.nio.file.Path topologyFile;

    @Override
    public Integer call() throws Exception {
        return run(System.out);
    }

    int run(PrintStream out) throws Exception {
        TopologyDocument doc = topologyFile != null ? TopologyFiles.read(topologyFile)
                : TopologyFiles.readBundled(TopologyFiles.BUNDLED_NAMES.get(0));
        TeSnapshot topology = SyntheticAddressing.whereMissing(doc.snapshot());
        ConstraintMix mix = ConstraintMix.parse(constraints);
        DemandSource demands = DemandSource.randomPairs(topology, 0);
        ServerConfig config = ServerConfig.builder().build();

        out.println("Pathwise demo: a PCE and " + sessions + " emulated routers asking it for paths");
        out.println();
        out.printf(Locale.ROOT, "  topology  %s: %d nodes, %d links%n", doc.name() == null ? "(unnamed)" : doc.name(),
                topology.nodeCount(), topology.linkCount() / 2);
        if (doc.attribution() != null) {
            out.println("            " + doc.attribution());
        }
        try (LocalPce pce = LocalPce.start(topology, config, 1)) {
            out.printf(Locale.ROOT, "  PCE       listening on %s, %d compute worker(s), queue %,d%n",
                    hostPort(pce.address()), config.effectiveWorkers(), config.queueCapacity());
            out.printf(Locale.ROOT, "  PCCs      %d sessions from %s … %s, stateless, RSVP-TE and SR-MPLS (MSD %d)%n",
                    sessions, SourceAddresses.of(0).getAddress().getHostAddress(),
                    SourceAddresses.of(sessions - 1).getAddress().getHostAddress(), PccFleet.MSD);
            out.printf(Locale.ROOT, "  load      Poisson arrivals, %,.0f requests/s for %s, random node pairs%n", rate,
                    human(duration));
            out.printf(Locale.ROOT, "  mix       %s (percent)%n%n", mix.toString().replace(",", ", ").replace("=", " "));

            long t0 = System.nanoTime();
            out.print("  bringing up " + sessions + " PCEP sessions … ");
            out.flush();
            try (PccFleet fleet = PccFleet.connect(pce.address(), sessions, PccFleet.pccConfig(), 1,
                    Duration.ofSeconds(30), up -> { })) {
                out.printf(Locale.ROOT, "%d Up in %.1f s%n", fleet.channels().size(), (System.nanoTime() - t0) / 1e9);
                if (!warmup.isZero()) {
                    out.print("  warming up for " + human(warmup) + " (not reported) … ");
                    out.flush();
                    LoadSettings warm = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Poisson(rate)), warmup,
                            LoadSettings.DEFAULT_TIMEOUT, seed + 1);
                    new LoadEngine(fleet.channels(), demands, mix, warm).run(LoadEngine.ProgressListener.NONE);
                    out.println("done");
                }
                out.println();
                StageTimes.Mark mark = StageTimes.mark(pce.server().liveMetrics());
                LoadSettings settings = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Poisson(rate)), duration,
                        LoadSettings.DEFAULT_TIMEOUT, seed);
                LoadEngine engine = new LoadEngine(fleet.channels(), demands, mix, settings);
                ProgressPrinter progress = new ProgressPrinter(out, out == System.out && ProgressPrinter.isTerminal());
                LoadResult result = engine.run(progress);
                progress.finish();
                LoadReport report = LoadReport.of(result, hostPort(pce.address()), sessions, settings, mix,
                        "random pairs of " + topology.nodeCount() + " nodes");

                out.println();
                out.println("What the PCCs saw");
                out.println(indent(report.toTable()));
                out.println();
                out.println("Sample computed paths (one per request kind, as the PCC received them)");
                samples(out, engine, topology);
                out.println();
                out.println("Time inside the PCE, per stage (µs; server-side HdrHistograms, cf. Table I of the 2011 PCE emulator paper)");
                out.println(mark.since().toTable());
                nextSteps(out);
                return report.paths() > 0 ? 0 : 1;
            }
        }
    }

    private static void samples(PrintStream out, LoadEngine engine, TeSnapshot topology) {
        PathRenderer renderer = new PathRenderer(topology);
        boolean any = false;
        for (RequestKind kind : RequestKind.values()) {
            Sample s = engine.counters().sample(kind);
            if (s == null || !(s.reply() instanceof PcRep rep)) {
                continue;
            }
            any = true;
            String label = String.format(Locale.ROOT, "  %-12s", kind.key());
            String head = topology.node(topology.nodeIndex(s.demand().sourceId())).name();
            String tail = topology.node(topology.nodeIndex(s.demand().destinationId())).name();
            out.printf(Locale.ROOT, "%s%s to %s, %s, answered in %s%n", label, head, tail, constraintOf(s),
                    micros(s.latencyNanos()));
            List<Response> responses = rep.responses();
            for (int i = 0; i < responses.size(); i++) {
                for (String line : renderer.render(responses.get(i), head)) {
                    out.printf(Locale.ROOT, "  %-12s  %s%s%n", "", responses.size() > 1 ? (i == 0 ? "path 1: " : "path 2: ") : "",
                            line);
                }
            }
        }
        if (!any) {
            out.println("  (no request got a path: see the counts above)");
        }
    }

    private static String constraintOf(Sample s) {
        var req = s.request().requests().get(0);
        return switch (s.kind()) {
            case SHORTEST -> "lowest TE metric";
            case BANDWIDTH -> String.format(Locale.ROOT, "%.0f Mbit/s", req.bandwidth().orElseThrow().bandwidth() * 8 / 1e6);
            case DELAY_BOUND -> String.format(Locale.ROOT, "delay <= %.0f µs", req.metrics().get(1).value());
            case HOP_LIMIT -> String.format(Locale.ROOT, "at most %.0f hops", req.metrics().get(1).value());
            case AFFINITY -> "exclude-any 0x" + Long.toHexString(req.lspa().orElseThrow().excludeAny());
            case DISJOINT -> "link-disjoint pair (SVEC)";
            case SR -> "SR-MPLS (PATH-SETUP-TYPE 1)";
            case WIDEST -> "widest (OF 3, MBP)";
        };
    }

    private static void nextSteps(PrintStream out) {
        out.println("Where to go next");
        out.println("  ./pathwise demo --sessions 1000 --rate 10000       a heavier run of the same");
        out.println("  ./pathwise demo --constraints sr                   only Segment Routing requests");
        out.println("  ./pathwise pcc emulate --help                      drive any PCE (Pathwise or a router's) with N PCCs");
        out.println("  ./pathwise pcc request --help                      ask one path and see the PCRep decoded");
        out.println("  ./pathwise bench --help                            the paper's experiments on this machine");
        out.println("  docs/emulator.md                                   what every option and number means");
    }

    static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    private static String micros(long nanos) {
        return nanos < 1_000_000 ? String.format(Locale.ROOT, "%d µs", nanos / 1000)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String indent(String text) {
        return text.lines().map(l -> l.isEmpty() ? l : "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
