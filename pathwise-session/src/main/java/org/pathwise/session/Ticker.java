package org.pathwise.session;

/**
 * The session clock: monotonic nanoseconds. Timers (Keepalive, DeadTimer, OpenWait, KeepWait,
 * StartTLSWait) read it lazily, so tests drive time by hand instead of sleeping.
 */
@FunctionalInterface
public interface Ticker {
    Ticker SYSTEM = System::nanoTime;

    long nanoTime();
}
