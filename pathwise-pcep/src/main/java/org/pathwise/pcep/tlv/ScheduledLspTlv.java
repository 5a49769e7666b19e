package org.pathwise.pcep.tlv;

/**
 * SCHED-LSP-ATTRIBUTE (type 49; RFC 8934 §5.2.1).
 *
 * @param relative R: start time relative to now
 * @param pccComputes C: the PCC computes the path
 * @param reservationActive A: resources reserved
 * @param graceIsElastic G: the two bounds are an elastic range rather than grace periods
 * @param startTime seconds
 * @param duration seconds
 * @param graceBefore GrB or elastic lower bound, seconds
 * @param graceAfter GrA or elastic upper bound, seconds
 */
public record ScheduledLspTlv(boolean relative, boolean pccComputes, boolean reservationActive,
        boolean graceIsElastic, long startTime, long duration, int graceBefore, int graceAfter) implements Tlv {}
