package org.pathwise.pcep.tlv;

/**
 * SCHED-PD-LSP-ATTRIBUTE (type 50; RFC 8934 §5.2.2): a periodical schedule.
 *
 * @param option Opt: 1 daily, 2 weekly, 3 monthly, 4 yearly, 5 every repeatTimeLength seconds
 * @param repeats NR: number of repetitions
 */
public record PeriodicalScheduledLspTlv(boolean relative, boolean pccComputes, boolean reservationActive,
        boolean graceIsElastic, int option, int repeats, long startTime, long duration, long repeatTimeLength,
        int graceBefore, int graceAfter) implements Tlv {}
