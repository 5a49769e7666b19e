package org.pathwise.bench.e2e;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathwise.pcc.emulate.ConstraintMix;
import org.pathwise.pcc.emulate.Interarrival;
import org.pathwise.pcc.emulate.LoadEngine;
import org.pathwise.pcc.emulate.LoadReport;
import org.pathwise.pcc.emulate.LoadResult;
import org.pathwise.pcc.emulate.LoadSettings;
import org.pathwise.pcc.emulate.Pacing;
import org.pathwise.pcc.emulate.PccFleet;
import org.pathwise.pcc.emulate.RequestKind;
import org.pathwise.pcc.emulate.Sample;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;

/**
 * The experiments of the 2011 open-source PCE emulator paper, re-run against Pathwise with the
 * PCE and the emulated PCCs in this one process on this machine (as the paper ran them on one
 * host). Each experiment starts its own PCE and PCC fleet and stops them before returning.
 */
public final class PaperExperiments {
    private static final long SEED = 1;
    static final int MIN_SETTLE_SECONDS = 2;
    static final int MAX_SETTLE_SECONDS = 15;
    static final long QUIET_JIT_MILLIS = 20;

    private final BenchTopologies topologies;
    private final BenchSettings settings;

    public PaperExperiments(BenchTopologies topologies, BenchSettings settings) {
        this.topologies = topologies;
        this.settings = settings;
    }

    /** A PCE that takes many sessions and a deep queue (the benchmark measures, it does not shed early). */
    private static ServerConfig.Builder serverBuilder() {
        ServerConfig.Builder b = ServerConfig.builder();
        b.queueCapacity = 100_000;
        b.maxPendingPerSession = 10_000;
        b.watchTopology = false;
        return b;
    }

    /** Table I: per-stage times on Atlanta, shortest path, at rising offered rates until saturation. */
    public List<StepResult> table1() throws InterruptedException {
        BenchTopologies.Network atlanta = topologies.sndlib("atlanta");
        List<StepResult> steps = new ArrayList<>();
        try (LocalPce pce = LocalPce.start(atlanta.snapshot(), serverBuilder().build(), settings.pceIoThreads());
                PccFleet fleet = fleet(pce, settings.sessions())) {
            ConstraintMix mix = ConstraintMix.only(RequestKind.SHORTEST);
            warm(fleet, atlanta, mix);
            for (int rate : settings.table1Rates()) {
                Pacing pacing = new Pacing.OpenLoop(new Interarrival.Poisson(rate));
                int warmed = settle(fleet, atlanta, mix, pacing);
                StepResult r = step(pce, fleet, atlanta, mix, pacing, String.format(Locale.ROOT, "%,d", rate));
                r = new StepResult(r.label(), r.client(), r.stages(), warmed);
                steps.add(r);
                if (r.saturated()) {
                    break;
                }
            }
        }
        return steps;
    }

    /** Fig. 11: computation time against topology size for shortest path, disjoint pair and widest. */
    public List<StepResult> fig11() throws InterruptedException {
        List<BenchTopologies.Network> networks = List.of(topologies.sndlib("atlanta"), topologies.sndlib("ta2"),
                topologies.generated(120), topologies.generated(200));
        List<StepResult> steps = new ArrayList<>();
        for (BenchTopologies.Network n : networks) {
            try (LocalPce pce = LocalPce.start(n.snapshot(), serverBuilder().build(), settings.pceIoThreads());
                    PccFleet fleet = fleet(pce, settings.smallSessions())) {
                warm(fleet, n, ConstraintMix.parse("shortest=1,disjoint=1,widest=1"));
                for (RequestKind kind : List.of(RequestKind.SHORTEST, RequestKind.DISJOINT, RequestKind.WIDEST)) {
                    steps.add(step(pce, fleet, n, ConstraintMix.only(kind),
                            new Pacing.OpenLoop(new Interarrival.Poisson(1_000)), n.nodes() + " nodes, " + kind.key()));
                }
            }
        }
        return steps;
    }

    /** Table II: compute workers against queueing and computation, 200 nodes, widest path. */
    public List<StepResult> table2(int rate) throws InterruptedException {
        BenchTopologies.Network net = topologies.generated(200);
        List<StepResult> steps = new ArrayList<>();
        try (LocalPce pce = LocalPce.start(net.snapshot(), serverBuilder().build(), settings.pceIoThreads());
                PccFleet fleet = fleet(pce, settings.smallSessions())) {
            ConstraintMix mix = ConstraintMix.only(RequestKind.WIDEST);
            warm(fleet, net, mix);
            for (int workers : List.of(1, 2, 4, 8)) {
                pce.server().workers(workers);
                steps.add(step(pce, fleet, net, mix, new Pacing.OpenLoop(new Interarrival.Poisson(rate)),
                        workers + " worker" + (workers == 1 ? "" : "s")));
            }
        }
        return steps;
    }

    /**
     * Fig. 12: TED update interval against computation time, 200 nodes, shortest path: a thread
     * publishes a new snapshot (one link's unreserved bandwidth changed) every interval while the
     * load runs. Computations never restart: each finishes on the snapshot it started with.
     */
    public List<StepResult> fig12(int rate) throws InterruptedException {
        BenchTopologies.Network net = topologies.generated(200);
        List<StepResult> steps = new ArrayList<>();
        try (LocalPce pce = LocalPce.start(net.snapshot(), serverBuilder().build(), settings.pceIoThreads());
                PccFleet fleet = fleet(pce, settings.smallSessions())) {
            ConstraintMix mix = ConstraintMix.only(RequestKind.SHORTEST);
            warm(fleet, net, mix);
            for (long interval : new long[] {0, 2_000, 1_000, 500, 100}) {
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger published = new AtomicInteger();
                Thread updater = interval == 0 ? null : updater(pce.server().ted(), interval, stop, published);
                StepResult r;
                try {
                    r = step(pce, fleet, net, mix, new Pacing.OpenLoop(new Interarrival.Poisson(rate)),
                            interval == 0 ? "no updates" : "every " + interval + " ms");
                } finally {
                    stop.set(true);
                    if (updater != null) {
                        updater.join();
                    }
                }
                steps.add(new StepResult(r.label() + (interval == 0 ? "" : " (" + published.get() + " snapshots)"),
                        r.client(), r.stages()));
            }
        }
        return steps;
    }

    private static Thread updater(TeDatabase ted, long intervalMillis, AtomicBoolean stop, AtomicInteger published) {
        Thread t = new Thread(() -> {
            SplittableRandom random = new SplittableRandom(SEED);
            while (!stop.get()) {
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
                TeSnapshot now = ted.current();
                String link = now.link(random.nextInt(now.linkCount())).id();
                double[] unreserved = new double[8];
                java.util.Arrays.fill(unreserved, now.maxReservableBandwidth(now.linkIndex(link)) * random.nextDouble());
                ted.update(b -> b.setUnreservedBandwidth(link, unreserved));
                published.incrementAndGet();
            }
        }, "pathwise-bench-ted-updater");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The limit: closed-loop saturation of Pathwise, then of the bare echo answering with the same bytes. */
    public Limit limit() throws InterruptedException {
        BenchTopologies.Network atlanta = topologies.sndlib("atlanta");
        ConstraintMix mix = ConstraintMix.only(RequestKind.SHORTEST);
        Pacing closed = new Pacing.ClosedLoop(settings.window());
        StepResult pathwise;
        PcRep template;
        try (LocalPce pce = LocalPce.start(atlanta.snapshot(), serverBuilder().build(), settings.pceIoThreads());
                PccFleet fleet = fleet(pce, settings.sessions())) {
            warm(fleet, atlanta, mix);
            StageTimes.Mark mark = StageTimes.mark(pce.server().liveMetrics());
            LoadEngine engine = new LoadEngine(fleet.channels(), atlanta.demands(), mix, load(closed));
            LoadResult result = engine.run(LoadEngine.ProgressListener.NONE);
            pathwise = new StepResult("Pathwise", report(result, pce, closed, mix, atlanta, fleet), mark.since());
            template = medianReply(fleet, atlanta, mix);
            log("limit, Pathwise: %s", summary(pathwise));
        }
        StepResult echo;
        try (EchoPce server = EchoPce.start(new java.net.InetSocketAddress("127.0.0.1", 0), settings.pceIoThreads(), template);
                PccFleet fleet = PccFleet.connect(server.localAddress(), settings.sessions(), PccFleet.pccConfig(),
                        settings.pccIoThreads(), Duration.ofSeconds(60), up -> { })) {
            new LoadEngine(fleet.channels(), atlanta.demands(), mix, new LoadSettings(closed, settings.warmup(),
                    LoadSettings.DEFAULT_TIMEOUT, SEED + 1)).run(LoadEngine.ProgressListener.NONE);
            LoadResult result = new LoadEngine(fleet.channels(), atlanta.demands(), mix, load(closed))
                    .run(LoadEngine.ProgressListener.NONE);
            echo = new StepResult("bare Netty echo", LoadReport.of(result, hostPort(server.localAddress()),
                    settings.sessions(), load(closed), mix, atlanta.name()), null);
            log("limit, echo: %s", summary(echo));
            return new Limit(pathwise, echo, server.replySize());
        }
    }

    /**
     * The echo's answer: Pathwise's own PCRep of median size over the network's demands (asked one
     * by one on one session), so the echo moves as many bytes per reply as Pathwise does.
     */
    private static PcRep medianReply(PccFleet fleet, BenchTopologies.Network net, ConstraintMix mix)
            throws InterruptedException {
        List<PcRep> replies = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        org.pathwise.pcep.PcepCodec codec = org.pathwise.pcep.PcepCodec.standard();
        for (int i = 0; i < 101; i++) {
            org.pathwise.pcep.message.PcReq req = org.pathwise.pcc.emulate.RequestBuilder.build(net.demands().next(random),
                    mix.pick(random), 1_000_000 + i, random);
            try {
                if (fleet.channels().get(0).request(req).get(10, java.util.concurrent.TimeUnit.SECONDS) instanceof PcRep rep
                        && rep.responses().get(0).noPath().isEmpty()) {
                    replies.add(rep);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("Pathwise did not answer a template request: " + e, e);
            }
        }
        if (replies.isEmpty()) {
            throw new IllegalStateException("Pathwise answered no request with a path; cannot build the echo template");
        }
        replies.sort(java.util.Comparator.comparingInt(r -> codec.encode(r).length));
        return replies.get(replies.size() / 2);
    }

    /** Pathwise's and the echo's closed-loop runs, and the size of the reply both sent. */
    public record Limit(StepResult pathwise, StepResult echo, int replyBytes) {
        public double ratio() {
            return pathwise.client().achievedRate() / Math.max(1, echo.client().achievedRate());
        }
    }

    // ---- steps ----------------------------------------------------------------------------------

    private PccFleet fleet(LocalPce pce, int sessions) throws InterruptedException {
        long t0 = System.nanoTime();
        PccFleet f = PccFleet.connect(pce.address(), sessions, PccFleet.pccConfig(), settings.pccIoThreads(),
                Duration.ofSeconds(60), up -> { });
        log("%d sessions Up in %.1f s", sessions, (System.nanoTime() - t0) / 1e9);
        return f;
    }

    private void warm(PccFleet fleet, BenchTopologies.Network net, ConstraintMix mix) throws InterruptedException {
        if (!settings.warmup().isZero()) {
            new LoadEngine(fleet.channels(), net.demands(), mix, new LoadSettings(
                    new Pacing.OpenLoop(new Interarrival.Poisson(2_000)), settings.warmup(), LoadSettings.DEFAULT_TIMEOUT,
                    SEED + 1)).run(LoadEngine.ProgressListener.NONE);
        }
    }

    /**
     * Unreported load at {@code pacing}, in one-second rounds, until the JIT compiled for less than
     * {@link #QUIET_JIT_MILLIS} in a round (at least {@link #MIN_SETTLE_SECONDS}, at most
     * {@link #MAX_SETTLE_SECONDS} rounds). A higher rate runs code paths a lower one never made hot
     * (several messages per read, outboxes holding more than one reply); on 2 cores the compiler
     * thread then takes a core from the PCE for seconds, and a step measured during that would
     * report the JIT's warm-up, not the PCE's steady state. Returns the seconds it took.
     */
    private int settle(PccFleet fleet, BenchTopologies.Network net, ConstraintMix mix, Pacing pacing)
            throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        for (int s = 1; s <= MAX_SETTLE_SECONDS; s++) {
            long before = timed ? jit.getTotalCompilationTime() : 0;
            new LoadEngine(fleet.channels(), net.demands(), mix, new LoadSettings(pacing, Duration.ofSeconds(1),
                    LoadSettings.DEFAULT_TIMEOUT, SEED + 1 + s)).run(LoadEngine.ProgressListener.NONE);
            boolean quiet = !timed || jit.getTotalCompilationTime() - before < QUIET_JIT_MILLIS;
            if (s >= MIN_SETTLE_SECONDS && quiet) {
                return s;
            }
        }
        return MAX_SETTLE_SECONDS;
    }

    private StepResult step(LocalPce pce, PccFleet fleet, BenchTopologies.Network net, ConstraintMix mix, Pacing pacing,
            String label) throws InterruptedException {
        StageTimes.Mark mark = StageTimes.mark(pce.server().liveMetrics());
        LoadResult result = new LoadEngine(fleet.channels(), net.demands(), mix, load(pacing))
                .run(LoadEngine.ProgressListener.NONE);
        StepResult r = new StepResult(label, report(result, pce, pacing, mix, net, fleet), mark.since());
        log("%-36s %s", label, summary(r));
        Thread.sleep(300); // let stragglers drain before the next step's window opens
        return r;
    }

    private LoadSettings load(Pacing pacing) {
        return new LoadSettings(pacing, settings.step(), LoadSettings.DEFAULT_TIMEOUT, SEED);
    }

    private LoadReport report(LoadResult result, LocalPce pce, Pacing pacing, ConstraintMix mix,
            BenchTopologies.Network net, PccFleet fleet) {
        return LoadReport.of(result, hostPort(pce.address()), fleet.channels().size(), load(pacing), mix, net.name());
    }

    private static String summary(StepResult r) {
        LoadReport c = r.client();
        String server = r.stages() == null ? "" : String.format(Locale.ROOT, ", server total p99 %.0f µs, compute p50 %.1f µs",
                r.stages().micros(org.pathwise.server.metrics.Stage.TOTAL, 99),
                r.stages().micros(org.pathwise.server.metrics.Stage.COMPUTE, 50));
        return String.format(Locale.ROOT, "offered %,.0f/s achieved %,.0f/s, client p99 %,.0f µs, shed %d, timeouts %d%s",
                c.offeredRate(), c.achievedRate(), c.latency().p99(), c.overloaded(), c.timeouts(), server);
    }

    private void log(String format, Object... args) {
        settings.log().printf(Locale.ROOT, format + "%n", args);
        settings.log().flush();
    }

    static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
