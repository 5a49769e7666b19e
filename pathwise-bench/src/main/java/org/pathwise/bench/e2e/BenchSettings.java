package org.pathwise.bench.e2e;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * How the end-to-end benchmark runs.
 *
 * @param step how long each load step lasts
 * @param warmup load run once per server before measuring, not reported
 * @param sessions emulated PCCs for the throughput experiments (Table I, the limit)
 * @param smallSessions PCCs for the computation experiments (Fig. 11, Table II, Fig. 12)
 * @param table1Rates offered rates of Table I, tried in order until the PCE saturates
 * @param window requests outstanding per session in the closed-loop limit runs
 * @param pceIoThreads event loops of the PCE (and of the echo server it is compared with); 0 is
 *     Netty's default, twice the cores. One each for the PCE and the PCCs is the default: on 2
 *     cores more threads only contend (docs/PERFORMANCE.md, "Threads on 2 cores")
 * @param pccIoThreads event loops of the emulated PCCs
 * @param log where progress goes
 */
public record BenchSettings(Duration step, Duration warmup, int sessions, int smallSessions, List<Integer> table1Rates,
        int window, int pceIoThreads, int pccIoThreads, PrintStream log) {

    public static final List<Integer> TABLE1_RATES = List.of(1_500, 2_500, 4_500, 10_000, 20_000, 30_000, 50_000,
            75_000, 100_000, 150_000, 200_000);

    public static BenchSettings defaults(PrintStream log) {
        return new BenchSettings(Duration.ofSeconds(5), Duration.ofSeconds(3), 1_000, 100, TABLE1_RATES, 4, 1, 1, log);
    }

    public BenchSettings withStep(Duration newStep) {
        return new BenchSettings(newStep, warmup, sessions, smallSessions, table1Rates, window, pceIoThreads, pccIoThreads, log);
    }

    public BenchSettings withSessions(int newSessions) {
        return new BenchSettings(step, warmup, newSessions, smallSessions, table1Rates, window, pceIoThreads, pccIoThreads, log);
    }

    public BenchSettings withTable1Rates(List<Integer> rates) {
        return new BenchSettings(step, warmup, sessions, smallSessions, List.copyOf(rates), window, pceIoThreads, pccIoThreads, log);
    }

    public BenchSettings withIoThreads(int pce, int pcc) {
        return new BenchSettings(step, warmup, sessions, smallSessions, table1Rates, window, pce, pcc, log);
    }

    public BenchSettings withWarmup(Duration newWarmup) {
        return new BenchSettings(step, newWarmup, sessions, smallSessions, table1Rates, window, pceIoThreads, pccIoThreads, log);
    }
}
