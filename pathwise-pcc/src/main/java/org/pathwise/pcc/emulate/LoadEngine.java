package org.pathwise.pcc.emulate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcReq;

/**
 * Drives a load over emulated PCCs: builds each PCReq from a demand and a constraint kind, sends
 * it on one of the sessions (round robin), and tallies the answer into {@link LoadCounters}.
 *
 * <p>Open loop: one pacer walks the {@link ArrivalSchedule}; a request whose time has come is
 * sent even when earlier ones are still unanswered, and its latency runs from its intended time
 * (so a stalled sender or PCE shows up as latency, not as fewer samples). The pacer is a task on
 * the sessions' event loop that schedules itself for the next arrival: it never spins (on a
 * machine shared by the PCE and its load, a spinning sender would take a core from the system it
 * measures), and a request goes to the socket from the thread that owns it, without the
 * hand-over and wake-up per request a sender thread of its own costs. A timer fires a little
 * late, so arrivals that fell due meanwhile go out together. Closed loop: each session keeps a
 * window of requests outstanding; the next one goes from the completing thread as soon as one is
 * answered.
 */
public final class LoadEngine {
    private final List<? extends RequestChannel> channels;
    private final DemandSource demands;
    private final ConstraintMix mix;
    private final LoadSettings settings;
    private final LoadCounters counters = new LoadCounters();
    private final TimeoutSweeper timeouts;
    private volatile long endNanos;

    public LoadEngine(List<? extends RequestChannel> channels, DemandSource demands, ConstraintMix mix,
            LoadSettings settings) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("the load needs at least one session");
        }
        this.channels = List.copyOf(channels);
        this.demands = demands;
        this.mix = mix;
        this.settings = settings;
        this.timeouts = new TimeoutSweeper(settings.timeout().toNanos());
    }

    public LoadCounters counters() {
        return counters;
    }

    /** Called about once a second during the run, from a timer thread. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = tick -> { };

        void tick(ProgressTick tick);
    }

    /**
     * Runs the load for the configured duration, then waits (at most the timeout) for the answers
     * still outstanding. Returns what was sent and answered.
     */
    public LoadResult run(ProgressListener progress) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pathwise-load-progress");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        endNanos = start + settings.duration().toNanos();
        ProgressTick.Tracker tracker = new ProgressTick.Tracker(counters, start);
        ticker.scheduleAtFixedRate(() -> progress.tick(tracker.next(System.nanoTime())), 1, 1, TimeUnit.SECONDS);
        ticker.scheduleAtFixedRate(() -> timeouts.sweep(System.nanoTime()), 10, 10, TimeUnit.MILLISECONDS);
        long answeredInWindow;
        try {
            switch (settings.pacing()) {
                case Pacing.OpenLoop open -> openLoop(open.arrivals(), start);
                case Pacing.ClosedLoop closed -> closedLoop(closed.window());
            }
            long now;
            while ((now = System.nanoTime()) < endNanos) {
                LockSupport.parkNanos(Math.min(endNanos - now, 10_000_000));
            }
            answeredInWindow = counters.answeredCount();
            long drainDeadline = System.nanoTime() + settings.timeout().toNanos() + 1_000_000_000L;
            while (counters.answeredCount() < counters.sentCount() && System.nanoTime() < drainDeadline) {
                Thread.sleep(5);
            }
            timeouts.sweep(System.nanoTime()); // past the drain deadline every deadline has passed
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        }
        return new LoadResult(counters, settings.duration().toNanos(), answeredInWindow,
                counters.sentCount() - counters.answeredCount());
    }

    /**
     * Sends the open-loop arrivals until the end of the run. The pacer runs where the first
     * session's I/O runs (its event loop), so a request due is written to the socket right there:
     * no thread hand-over and no wake-up per request. Between arrivals it schedules itself for the
     * next one instead of sleeping on a thread of its own.
     */
    private void openLoop(Interarrival arrivals, long start) throws InterruptedException {
        Optional<ScheduledExecutorService> home = channels.get(0).executor();
        ScheduledExecutorService own = home.isPresent() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pathwise-load-pacer");
            t.setDaemon(true);
            return t;
        });
        Pacer pacer = new Pacer(home.orElse(own), new ArrivalSchedule(arrivals, settings.seed()), start);
        try {
            pacer.executor.execute(pacer);
            pacer.finished.await();
            if (pacer.failure != null) {
                throw pacer.failure;
            }
        } finally {
            if (own != null) {
                own.shutdownNow();
            }
        }
    }

    /** The open-loop sender: one task that sends what is due, then schedules itself for the next arrival. */
    private final class Pacer implements Runnable {
        /** Most requests sent in one turn of the event loop when behind schedule. */
        static final int BATCH = 64;
        final ScheduledExecutorService executor;
        final CountDownLatch finished = new CountDownLatch(1);
        volatile RuntimeException failure;
        private final ArrivalSchedule schedule;
        private final SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x9E3779B97F4A7C15L);
        private final long start;
        private long intended;
        private int next;

        Pacer(ScheduledExecutorService executor, ArrivalSchedule schedule, long start) {
            this.executor = executor;
            this.schedule = schedule;
            this.start = start;
            this.intended = start + schedule.nextOffsetNanos();
        }

        @Override
        public void run() {
            boolean again = false;
            try {
                again = sendDue();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                if (!again) {
                    finished.countDown();
                }
            }
        }

        /** Sends what is due; true when it scheduled its next turn, false when the run's sending is over. */
        private boolean sendDue() {
            long now = System.nanoTime();
            int sent = 0;
            while (intended - endNanos < 0) {
                if (intended - now > 0 || sent == BATCH) {
                    // Not due yet, or a batch went out while behind: either way the loop reads
                    // (answers, keepalives) before the pacer runs again. Sending until caught up
                    // would starve the reads for as long as the pacer stays behind.
                    try {
                        executor.schedule(this, Math.max(0, intended - now), TimeUnit.NANOSECONDS);
                        return true;
                    } catch (RejectedExecutionException e) {
                        return false; // the sessions' event loop is shutting down: nothing more can be sent
                    }
                }
                send(next, random, intended);
                sent++;
                next = next + 1 == channels.size() ? 0 : next + 1;
                intended = start + schedule.nextOffsetNanos();
                now = System.nanoTime();
            }
            return false;
        }
    }

    private void closedLoop(int window) {
        for (int c = 0; c < channels.size(); c++) {
            SplittableRandom random = new SplittableRandom(settings.seed() + c * 0x9E3779B97F4A7C15L);
            for (int w = 0; w < window; w++) {
                sendClosed(c, random);
            }
        }
    }

    /**
     * Sends on channel {@code c} until one request is in flight; when it is answered, sends the
     * next while the run lasts. An answer that is already there (a refused send) loops here rather
     * than recursing.
     */
    private void sendClosed(int c, SplittableRandom random) {
        while (System.nanoTime() - endNanos < 0) {
            CompletableFuture<?> answered;
            synchronized (random) { // one SplittableRandom per session; answers complete on several threads
                answered = send(c, random, System.nanoTime());
            }
            if (!answered.isDone()) {
                answered.whenComplete((r, e) -> sendClosed(c, random));
                return;
            }
        }
    }

    private CompletableFuture<?> send(int c, SplittableRandom random, long intendedNanos) {
        RequestKind kind = mix.pick(random);
        Demand demand = demands.next(random);
        long firstId = channels.get(c).reserveRequestIds(kind.requestsPerMessage());
        PcReq request = RequestBuilder.build(demand, kind, firstId, random);
        counters.sent();
        CompletableFuture<? extends Message> reply;
        try {
            reply = channels.get(c).request(request);
        } catch (RuntimeException e) {
            counters.answered(kind, Outcome.ERROR, System.nanoTime() - intendedNanos);
            return CompletableFuture.completedFuture(null);
        }
        timeouts.watch(reply, intendedNanos);
        return reply.whenComplete((message, error) -> {
            long latency = System.nanoTime() - intendedNanos;
            Outcome outcome = error != null ? failure(error) : Outcome.of(message);
            counters.answered(kind, outcome, latency);
            if (outcome == Outcome.PATH) {
                counters.offerSample(new Sample(kind, demand, request, message, latency));
            }
        });
    }

    private static Outcome failure(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof java.util.concurrent.TimeoutException ? Outcome.TIMEOUT : Outcome.ERROR;
    }
}
