package org.pathwise.pcep.object;

/**
 * PROC-TIME, processing times in milliseconds (class 26, type 1; RFC 5886 §4.4).
 *
 * @param estimated E: the values are estimates
 */
public record ProcTime(ObjectFlags flags, boolean estimated, long current, long min, long max, long average,
        long variance) implements PcepObject {}
