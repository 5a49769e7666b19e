package org.pathwise.server.config;

import java.nio.file.Path;
import org.pathwise.compute.MetricKind;

/**
 * Everything the PCE server can be told (docs/server.md, "Configuration", documents each key).
 * Built from defaults, then a YAML file ({@link ConfigFile}), then command-line flags: each layer
 * overrides the one before through {@link #toBuilder()}.
 *
 * @param listenAddress address to listen on
 * @param port TCP port (RFC 5440 §5: 4189)
 * @param topology the topology file, or null for an empty TED
 * @param watchTopology reload the topology when the file changes
 * @param topologyPollMillis how often the file's modification time is checked
 * @param queueCapacity most requests waiting for a worker (jobs: an SVEC set counts once)
 * @param queueLowWater the overload ends when the queue is back down to this many
 * @param maxQueueWaitMillis a request waiting longer is cancelled by the PCE (PCNtf 1/2); 0 = never
 * @param maxPendingPerSession most requests one session may have waiting or computing
 * @param workers compute threads; 0 = one per available core
 * @param ioThreads event loops for the sessions' I/O; 0 = one per two cores (at least one)
 * @param overloadedDurationSeconds OVERLOADED-DURATION to announce; 0 = estimate from the queue
 * @param keepaliveSeconds Keepalive the PCE proposes in its Open
 * @param deadTimerSeconds DeadTimer the PCE proposes
 * @param minKeepaliveSeconds smallest Keepalive accepted from a peer
 * @param maxKeepaliveSeconds largest Keepalive accepted from a peer (0 = peer may disable)
 * @param minDeadTimerSeconds smallest DeadTimer accepted from a peer
 * @param maxDeadTimerSeconds largest DeadTimer accepted from a peer
 * @param maxUnknownMessagesPerMinute RFC 5440 §6.9 MAX-UNKNOWN-MESSAGES
 * @param defaultMetric the metric minimised when a request has no METRIC with B clear
 * @param maxLabels limit of the exact constrained search (PathComputer.Limits)
 * @param reportUnsatisfiedConstraints NO-PATH carries C and the failing constraints
 * @param defaultMsd MSD for an SR request from a peer that advertised none
 * @param srCandidatePaths paths, in increasing cost, an SR request tries before the MSD rules it out
 * @param session the file's {@code session:} section (peers, TLS, connection limits; docs/security.md),
 *     kept raw for pathwise-session's SecurityConfigReader; null when absent
 */
public record ServerConfig(String listenAddress, int port, Path topology, boolean watchTopology,
        long topologyPollMillis, int queueCapacity, int queueLowWater, long maxQueueWaitMillis,
        int maxPendingPerSession, int workers, int ioThreads, long overloadedDurationSeconds, int keepaliveSeconds,
        int deadTimerSeconds, int minKeepaliveSeconds, int maxKeepaliveSeconds, int minDeadTimerSeconds,
        int maxDeadTimerSeconds, int maxUnknownMessagesPerMinute, MetricKind defaultMetric,
        int maxLabels, boolean reportUnsatisfiedConstraints, int defaultMsd, int srCandidatePaths,
        SessionSection session) {

    public static final ServerConfig DEFAULTS = new Builder().build();

    public ServerConfig {
        check(port >= 0 && port <= 65535, "listen.port must be 0..65535, got " + port);
        check(topologyPollMillis >= 10, "topology.pollMillis must be >= 10, got " + topologyPollMillis);
        check(queueCapacity >= 1, "queue.capacity must be >= 1, got " + queueCapacity);
        check(queueLowWater >= 0 && queueLowWater < queueCapacity,
                "queue.lowWater must be 0.." + (queueCapacity - 1) + " (below queue.capacity), got " + queueLowWater);
        check(maxQueueWaitMillis >= 0, "queue.maxWaitMillis must be >= 0, got " + maxQueueWaitMillis);
        check(maxPendingPerSession >= 1, "limits.maxPendingPerSession must be >= 1, got " + maxPendingPerSession);
        check(workers >= 0, "workers must be >= 0 (0 = one per core), got " + workers);
        check(ioThreads >= 0, "ioThreads must be >= 0 (0 = one per two cores), got " + ioThreads);
        check(overloadedDurationSeconds >= 0, "overload.durationSeconds must be >= 0, got " + overloadedDurationSeconds);
        check(keepaliveSeconds >= 0 && keepaliveSeconds <= 255, "timers.keepalive must be 0..255, got " + keepaliveSeconds);
        check(deadTimerSeconds >= 0 && deadTimerSeconds <= 255, "timers.deadTimer must be 0..255, got " + deadTimerSeconds);
        check(minKeepaliveSeconds >= 1 && minKeepaliveSeconds <= maxKeepaliveSeconds && maxKeepaliveSeconds <= 255,
                "timers.minKeepalive..maxKeepalive must be a range within 1..255, got " + minKeepaliveSeconds + ".."
                        + maxKeepaliveSeconds);
        check(minDeadTimerSeconds >= 1 && minDeadTimerSeconds <= maxDeadTimerSeconds && maxDeadTimerSeconds <= 255,
                "timers.minDeadTimer..maxDeadTimer must be a range within 1..255, got " + minDeadTimerSeconds + ".."
                        + maxDeadTimerSeconds);
        check(maxUnknownMessagesPerMinute >= 1, "limits.maxUnknownMessagesPerMinute must be >= 1, got "
                + maxUnknownMessagesPerMinute);
        check(defaultMetric != null, "compute.defaultMetric is required");
        check(maxLabels >= 1, "compute.maxLabels must be >= 1, got " + maxLabels);
        check(defaultMsd >= 1, "sr.defaultMsd must be >= 1, got " + defaultMsd);
        check(srCandidatePaths >= 1, "sr.candidatePaths must be >= 1, got " + srCandidatePaths);
    }

    /** The raw {@code session:} mapping of a configuration file and the file's name, for error messages. */
    public record SessionSection(java.util.Map<String, Object> values, String source) {
        public SessionSection {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new ConfigException(problem);
        }
    }

    /** The worker count to start with: {@link #workers()} or one per available core. */
    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The event loops to start: {@link #ioThreads()} or one per two cores. Each loop serves
     * thousands of sessions; more loops than that only add wake-ups between threads that share
     * the cores with the compute workers (docs/PERFORMANCE.md, "Threads on 2 cores").
     */
    public int effectiveIoThreads() {
        return ioThreads > 0 ? ioThreads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable layer for the file reader and the command line. */
    public static final class Builder {
        public String listenAddress = "0.0.0.0";
        public int port = 4189;
        public Path topology;
        public boolean watchTopology = true;
        public long topologyPollMillis = 1000;
        public int queueCapacity = 10_000;
        public Integer queueLowWater;
        public long maxQueueWaitMillis = 60_000;
        public int maxPendingPerSession = 2_000;
        public int workers;
        public int ioThreads;
        public long overloadedDurationSeconds;
        public int keepaliveSeconds = 30;
        public int deadTimerSeconds = 120;
        public int minKeepaliveSeconds = 1;
        public int maxKeepaliveSeconds = 255;
        public int minDeadTimerSeconds = 4;
        public int maxDeadTimerSeconds = 255;
        public int maxUnknownMessagesPerMinute = 5;
        public MetricKind defaultMetric = MetricKind.TE;
        public int maxLabels = 2_000_000;
        public boolean reportUnsatisfiedConstraints = true;
        public int defaultMsd = 10;
        public int srCandidatePaths = 8;
        public SessionSection session;

        private Builder() {}

        private Builder(ServerConfig c) {
            listenAddress = c.listenAddress;
            port = c.port;
            topology = c.topology;
            watchTopology = c.watchTopology;
            topologyPollMillis = c.topologyPollMillis;
            queueCapacity = c.queueCapacity;
            // A low-water mark that was derived stays derived, so a new capacity moves it along.
            queueLowWater = c.queueLowWater == c.queueCapacity / 2 ? null : c.queueLowWater;
            maxQueueWaitMillis = c.maxQueueWaitMillis;
            maxPendingPerSession = c.maxPendingPerSession;
            workers = c.workers;
            ioThreads = c.ioThreads;
            overloadedDurationSeconds = c.overloadedDurationSeconds;
            keepaliveSeconds = c.keepaliveSeconds;
            deadTimerSeconds = c.deadTimerSeconds;
            minKeepaliveSeconds = c.minKeepaliveSeconds;
            maxKeepaliveSeconds = c.maxKeepaliveSeconds;
            minDeadTimerSeconds = c.minDeadTimerSeconds;
            maxDeadTimerSeconds = c.maxDeadTimerSeconds;
            maxUnknownMessagesPerMinute = c.maxUnknownMessagesPerMinute;
            defaultMetric = c.defaultMetric;
            maxLabels = c.maxLabels;
            reportUnsatisfiedConstraints = c.reportUnsatisfiedConstraints;
            defaultMsd = c.defaultMsd;
            srCandidatePaths = c.srCandidatePaths;
            session = c.session;
        }

        public ServerConfig build() {
            int lowWater = queueLowWater != null ? queueLowWater : queueCapacity / 2;
            return new ServerConfig(listenAddress, port, topology, watchTopology, topologyPollMillis, queueCapacity,
                    lowWater, maxQueueWaitMillis, maxPendingPerSession, workers, ioThreads, overloadedDurationSeconds,
                    keepaliveSeconds, deadTimerSeconds, minKeepaliveSeconds, maxKeepaliveSeconds, minDeadTimerSeconds,
                    maxDeadTimerSeconds, maxUnknownMessagesPerMinute, defaultMetric, maxLabels,
                    reportUnsatisfiedConstraints, defaultMsd, srCandidatePaths, session);
        }
    }
}
