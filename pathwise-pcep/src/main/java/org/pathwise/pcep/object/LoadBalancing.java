package org.pathwise.pcep.object;

/**
 * LOAD-BALANCING (class 14, type 1; RFC 5440 §7.16).
 *
 * @param maxLsps Max-LSP: the most TE LSPs the traffic may be split over
 * @param minBandwidth Min-Bandwidth of each, an IEEE float in bytes per second
 */
public record LoadBalancing(ObjectFlags flags, int maxLsps, float minBandwidth) implements PcepObject {}
