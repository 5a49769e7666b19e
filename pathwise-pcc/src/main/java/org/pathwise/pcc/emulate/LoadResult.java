package org.pathwise.pcc.emulate;

/**
 * What a load run left behind.
 *
 * @param counters every tally and the latency histogram
 * @param windowNanos how long requests were released
 * @param answeredInWindow answers received before the release window closed (the throughput)
 * @param unanswered requests still without an answer when the run gave up waiting
 */
public record LoadResult(LoadCounters counters, long windowNanos, long answeredInWindow, long unanswered) {
}
