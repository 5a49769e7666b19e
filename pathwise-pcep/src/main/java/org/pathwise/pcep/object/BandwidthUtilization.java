package org.pathwise.pcep.object;

/**
 * BU, bandwidth utilization (class 35, type 1; RFC 8233 §3.2).
 *
 * @param utilizationType 1 LBU (link bandwidth utilization), 2 LRBU (link residual bandwidth utilization)
 * @param utilization an IEEE float
 */
public record BandwidthUtilization(ObjectFlags flags, int utilizationType, float utilization) implements PcepObject {}
