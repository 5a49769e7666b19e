package org.pathwise.server.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computation executor (ARCHITECTURE.md stage 3): a bounded priority queue feeding a pool of
 * worker threads that can be resized while running. {@link #offer} never blocks: when the queue is
 * full it refuses, and the first refusal of an episode tells the {@link OverloadListener}; when a
 * worker brings the queue down to the low-water mark the listener hears that the overload ended.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** Hears overload transitions; called on the thread that caused them, so it must be quick. */
    public interface OverloadListener {
        void overloadStarted(int queued);

        void overloadEnded(int queued);
    }

    private final PriorityBlockingQueue<Job> queue = new PriorityBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean overloaded = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    private final int lowWater;
    private final Consumer<Job> runner;
    private final OverloadListener overload;
    private final List<Worker> workers = new ArrayList<>();
    private int nextWorkerNumber;
    private volatile boolean closed;

    /**
     * @param capacity most jobs waiting at once
     * @param lowWater the overload ends when a worker leaves at most this many waiting
     * @param workerCount initial compute threads
     * @param runner computes and answers one job (on a worker thread)
     */
    public Dispatcher(int capacity, int lowWater, int workerCount, Consumer<Job> runner, OverloadListener overload) {
        if (capacity < 1 || lowWater < 0 || lowWater >= capacity) {
            throw new IllegalArgumentException("need capacity >= 1 and 0 <= lowWater < capacity, got " + capacity
                    + " and " + lowWater);
        }
        this.capacity = capacity;
        this.lowWater = lowWater;
        this.runner = runner;
        this.overload = overload;
        resize(workerCount);
    }

    /** The next arrival number, for FIFO order among equal priorities. */
    public long nextSequence() {
        return sequence.getAndIncrement();
    }

    /** Queues {@code job}; false when the queue is full (the job is not queued). */
    public boolean offer(Job job) {
        if (closed) {
            return false;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            if (overloaded.compareAndSet(false, true)) {
                overload.overloadStarted(queued.get());
            }
            return false;
        }
        job.enqueuedAt(System.nanoTime());
        queue.add(job);
        return true;
    }

    /** Withdraws a job that has not started; false when a worker already has it. */
    public boolean cancel(Job job) {
        if (!job.cancel()) {
            return false;
        }
        if (queue.remove(job)) {
            queued.decrementAndGet();
            drained();
        }
        return true;
    }

    public int queued() {
        return queued.get();
    }

    public int capacity() {
        return capacity;
    }

    public boolean overloaded() {
        return overloaded.get();
    }

    public synchronized int workers() {
        return workers.size();
    }

    /** Grows or shrinks the pool; a retired worker finishes its current job first. */
    public synchronized void resize(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + count);
        }
        while (workers.size() < count) {
            Worker w = new Worker("pathwise-compute-" + nextWorkerNumber++);
            workers.add(w);
            w.thread.start();
        }
        while (workers.size() > count) {
            Worker w = workers.remove(workers.size() - 1);
            w.retired = true;
            w.thread.interrupt();
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    /**
     * Stops the workers and returns the jobs that never started. Waits (up to 10 s) for the jobs
     * being computed to finish, so nothing is sent after this returns: close the server before
     * the transport its sessions write to.
     */
    public List<Job> shutdown() {
        closed = true;
        List<Job> left = new ArrayList<>();
        queue.drainTo(left);
        left.removeIf(j -> !j.cancel());
        queued.addAndGet(-left.size());
        List<Worker> stopping;
        synchronized (this) {
            stopping = new ArrayList<>(workers);
            for (Worker w : stopping) {
                w.retired = true;
                w.thread.interrupt();
            }
            workers.clear();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        for (Worker w : stopping) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            try {
                w.thread.join(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(remaining) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return left;
    }

    private void drained() {
        if (overloaded.get() && queued.get() <= lowWater && overloaded.compareAndSet(true, false)) {
            overload.overloadEnded(queued.get());
        }
    }

    private final class Worker implements Runnable {
        final Thread thread;
        volatile boolean retired;

        Worker(String name) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (!retired) {
                Job job;
                try {
                    job = queue.take();
                } catch (InterruptedException e) {
                    continue;
                }
                queued.decrementAndGet();
                drained();
                if (!job.start()) {
                    continue;
                }
                try {
                    runner.accept(job);
                } catch (RuntimeException e) {
                    LOG.error("a worker's job failed outside the runner's own handling", e);
                } finally {
                    job.finish();
                }
            }
        }
    }
}
