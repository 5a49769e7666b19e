package org.pathwise.bench.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the paper's experiments and writes their blocks into docs/PERFORMANCE.md. Each
 * experiment is independent: {@code table1}, {@code fig11}, {@code table2}, {@code fig12},
 * {@code limit}, and {@code floor} (the machine's own thread hand-over latency, {@link WakeFloor}).
 */
public final class E2eBench {
    /** The experiments, in the order {@code all} runs them. */
    public static final List<String> EXPERIMENTS = List.of("table1", "fig11", "table2", "fig12", "limit", "floor");
    /** The rates the floor is measured at: Table I's up to this one. */
    public static final int FLOOR_MAX_RATE = 30_000;
    /** Offered load of Table II and Fig. 12. */
    public static final int TABLE2_RATE = 10_000;
    public static final int FIG12_RATE = 5_000;

    private final PaperExperiments experiments;
    private final BenchSettings settings;
    private final Path doc;
    private final String command;

    public E2eBench(Path data, BenchSettings settings, Path doc, String command) {
        this.experiments = new PaperExperiments(new BenchTopologies(data), settings);
        this.settings = settings;
        this.doc = doc;
        this.command = command;
    }

    private List<PerformanceDoc.FloorStep> floor() throws InterruptedException {
        List<PerformanceDoc.FloorStep> steps = new java.util.ArrayList<>();
        for (int rate : settings.table1Rates()) {
            if (rate <= FLOOR_MAX_RATE) {
                steps.add(new PerformanceDoc.FloorStep(rate, WakeFloor.measure(rate, settings.step().toNanos(), 1)));
                settings.log().printf(Locale.ROOT, "floor %,d/s: p99 %.1f µs%n", rate,
                        steps.getLast().roundTrips().getValueAtPercentile(99) / 1e3);
            }
        }
        return steps;
    }

    /** Runs {@code name} and writes its block (when a doc path was given). Returns the markdown. */
    public String run(String name) throws InterruptedException, IOException {
        settings.log().printf(Locale.ROOT, "== %s%n", name);
        String md = switch (name) {
            case "table1" -> PerformanceDoc.table1(experiments.table1(), settings, command);
            case "fig11" -> PerformanceDoc.fig11(experiments.fig11(), command);
            case "table2" -> PerformanceDoc.table2(experiments.table2(TABLE2_RATE), TABLE2_RATE, command);
            case "fig12" -> PerformanceDoc.fig12(experiments.fig12(FIG12_RATE), FIG12_RATE, command);
            case "limit" -> PerformanceDoc.limit(experiments.limit(), settings, command);
            case "floor" -> PerformanceDoc.floor(floor(), settings, command);
            default -> throw new IllegalArgumentException("unknown experiment '" + name + "'; choose from " + EXPERIMENTS);
        };
        if (doc != null) {
            PerformanceDoc.write(doc, name, md);
            settings.log().println("   written to " + doc);
        }
        return md;
    }
}
