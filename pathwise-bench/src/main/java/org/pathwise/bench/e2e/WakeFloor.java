package org.pathwise.bench.e2e;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.pathwise.pcc.emulate.Interarrival;

/**
 * The machine's floor under the server's stage times: what the PCE's own hand-over costs with no
 * PCEP, no TCP and no computation at all. A pacer thread, at Poisson arrivals of the given rate,
 * hands a token to a parked "worker" thread, which hands it straight back, and records the round
 * trip: two wake-ups between threads, exactly what a request costs between the PCE's event loop
 * and a compute worker (loop to worker, worker back to loop). On a virtual machine whose idle
 * virtual CPUs halt, each wake-up of a halted CPU goes through the host's scheduler, and this
 * round trip alone can take longer than the server's latency target; the server's p99 cannot be
 * lower than this one's.
 */
public final class WakeFloor {
    private WakeFloor() {
    }

    /** Round trips at {@code rate}/s for {@code nanos}; the distribution in nanoseconds. */
    public static Histogram measure(double rate, long nanos, long seed) throws InterruptedException {
        AtomicLong token = new AtomicLong(); // sequence number handed over and back
        Thread pacer = Thread.currentThread();
        Thread worker = new Thread(() -> {
            long seen = 0;
            while (!Thread.currentThread().isInterrupted()) {
                long t = token.get();
                if (t > seen && (t & 1) == 1) { // odd: handed to the worker
                    seen = t + 1;
                    token.set(seen);            // even: handed back
                    LockSupport.unpark(pacer);
                } else {
                    LockSupport.park(token);
                }
            }
        }, "wake-floor-worker");
        worker.setDaemon(true);
        worker.start();
        Histogram rtt = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        Interarrival arrivals = new Interarrival.Poisson(rate);
        SplittableRandom random = new SplittableRandom(seed);
        long start = System.nanoTime();
        long intended = start;
        long sequence = 0;
        try {
            while (intended - start < nanos) {
                intended += arrivals.nextGapNanos(random);
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long sent = System.nanoTime();
                sequence += 2;
                token.set(sequence - 1);
                LockSupport.unpark(worker);
                while (token.get() != sequence) {
                    LockSupport.park(token);
                }
                rtt.recordValue(System.nanoTime() - sent);
            }
        } finally {
            worker.interrupt();
            worker.join(1000);
        }
        return rtt;
    }
}
