package org.pathwise.pcc.emulate;

import java.util.SplittableRandom;

/**
 * The intended send times of an open-loop load, as offsets in nanoseconds from the start. Latency
 * is measured from these times, not from when the request actually left: a sender that falls
 * behind (GC pause, busy core) then shows up in the latency instead of hiding it (the
 * "coordinated omission" correction). Not thread-safe: one sender thread owns it.
 */
public final class ArrivalSchedule {
    private final Interarrival interarrival;
    private final SplittableRandom random;
    private long next;

    public ArrivalSchedule(Interarrival interarrival, long seed) {
        this.interarrival = interarrival;
        this.random = new SplittableRandom(seed);
    }

    public Interarrival interarrival() {
        return interarrival;
    }

    /** The offset of the next request; non-decreasing. The first request goes at its first gap. */
    public long nextOffsetNanos() {
        next += interarrival.nextGapNanos(random);
        return next;
    }
}
