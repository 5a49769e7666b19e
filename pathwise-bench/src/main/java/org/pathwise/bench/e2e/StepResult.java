package org.pathwise.bench.e2e;

import org.pathwise.pcc.emulate.LoadReport;

/**
 * One load step of an experiment: what the PCCs saw and what the server's stage histograms
 * recorded over the same window.
 *
 * @param label what varied in this step (a rate, a worker count, an update interval …)
 * @param client the emulator's report (latency from intended send time)
 * @param stages the server's per-stage times over the step
 * @param warmedSeconds unreported load at the step's own rate just before it (0: none)
 */
public record StepResult(String label, LoadReport client, StageTimes stages, int warmedSeconds) {

    public StepResult(String label, LoadReport client, StageTimes stages) {
        this(label, client, stages, 0);
    }

    /** Half the requests waited longer than this (PCC-side): a backlog, not a served rate. */
    public static final double BACKLOG_P50_MICROS = 50_000;

    /**
     * Offered rate not met (by 5 %), more than 1 % of requests shed, failed or timed out, or a
     * backlog: the PCC-side median above {@link #BACKLOG_P50_MICROS}. Without the last test a
     * rate the system falls seconds behind on still counts as served when the answers, late,
     * arrive within the step.
     */
    public boolean saturated() {
        long bad = client.overloaded() + client.errors() + client.timeouts() + client.unanswered();
        return client.achievedRate() < 0.95 * client.offeredRate() || bad > 0.01 * Math.max(1, client.sent())
                || client.latency().p50() > BACKLOG_P50_MICROS;
    }
}
