package org.pathwise.session.limits;

import java.time.Duration;

/**
 * The abuse limits of a PCEP listener. Defaults suit a PCE serving up to tens of thousands of
 * routers: generous enough that a whole network reconnecting after a PCE restart is admitted
 * within seconds, tight enough that one host cannot exhaust sockets or memory.
 *
 * @param connectionsPerSecondPerSource sustained new connections per second one source address
 *     may open (token bucket refill); a router reconnects with backoff, far below this
 * @param connectionBurstPerSource bucket size per source address
 * @param connectionsPerSecond sustained new connections per second from all sources together
 * @param connectionBurst global bucket size
 * @param maxPendingConnections connections accepted but not yet Up (Open exchange incomplete);
 *     what a flood of half-open sessions can hold at most
 * @param firstMessageTimeout a new connection must deliver one complete PCEP message
 *     (StartTLS or Open) within this time, long before the 60 s OpenWait timer
 * @param minPartialReadRate bytes per second a started but incomplete message must arrive at
 *     (averaged since its first byte), so bytes trickled one per second are dropped
 * @param partialReadGrace how long a message may be incomplete before the rate is enforced
 *     (one slow TCP round trip must not count as an attack)
 * @param maxTrackedSources per-source buckets kept at most; the idle ones are forgotten first
 */
public record LimitSettings(double connectionsPerSecondPerSource, int connectionBurstPerSource,
        double connectionsPerSecond, int connectionBurst, int maxPendingConnections, Duration firstMessageTimeout,
        int minPartialReadRate, Duration partialReadGrace, int maxTrackedSources) {

    public static final LimitSettings DEFAULTS = new LimitSettings(2, 10, 2_000, 5_000, 2_000,
            Duration.ofSeconds(10), 100, Duration.ofSeconds(2), 100_000);

    public LimitSettings {
        positive(connectionsPerSecondPerSource, "connections-per-second-per-source");
        positive(connectionBurstPerSource, "connection-burst-per-source");
        positive(connectionsPerSecond, "connections-per-second");
        positive(connectionBurst, "connection-burst");
        positive(maxPendingConnections, "max-pending-connections");
        positive(firstMessageTimeout.toMillis(), "first-message-timeout");
        positive(minPartialReadRate, "min-partial-read-rate");
        positive(partialReadGrace.toMillis(), "partial-read-grace");
        positive(maxTrackedSources, "max-tracked-sources");
    }

    private static void positive(double value, String key) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("limits." + key + " must be positive, not " + value);
        }
    }

    public LimitSettings withConnectionRates(double perSource, int burstPerSource, double global, int globalBurst) {
        return new LimitSettings(perSource, burstPerSource, global, globalBurst, maxPendingConnections,
                firstMessageTimeout, minPartialReadRate, partialReadGrace, maxTrackedSources);
    }

    public LimitSettings withMaxPendingConnections(int max) {
        return new LimitSettings(connectionsPerSecondPerSource, connectionBurstPerSource, connectionsPerSecond,
                connectionBurst, max, firstMessageTimeout, minPartialReadRate, partialReadGrace, maxTrackedSources);
    }

    public LimitSettings withSlowReads(Duration firstMessage, int minRate, Duration grace) {
        return new LimitSettings(connectionsPerSecondPerSource, connectionBurstPerSource, connectionsPerSecond,
                connectionBurst, maxPendingConnections, firstMessage, minRate, grace, maxTrackedSources);
    }
}
