package org.pathwise.cli.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The one thread that writes {@code serve}'s and {@code pcc session}'s JSON lines, so that the
 * session event loops only enqueue (ARCHITECTURE.md: nothing blocks an I/O thread). A line is built
 * (JSON encoding included) on this thread, from the supplier the caller queued.
 *
 * <p>Session events are never dropped. Per-message lines are: at most {@code messageCapacity} wait
 * at a time; beyond that a line is dropped and counted, and a
 * {@code {"event":"dropped","lines":N,"capacity":C}} line reports the count once the printer has
 * caught up (nothing left to print), or every {@code reportInterval} while it has not, and on close.
 * Memory stays bounded however fast messages arrive and however slowly stdout is read.
 */
final class JsonLinePrinter implements AutoCloseable {
    /** Per-message lines that may wait (each holds its decoded message until printed). */
    static final int MESSAGE_CAPACITY = 10_000;
    static final long REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long close() waits for the queue to be printed (stdout may be a stalled pipe). */
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private sealed interface Item {
    }

    private record Line(Supplier<ObjectNode> json, boolean message) implements Item {
    }

    private record Stop() implements Item {
    }

    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger waitingMessages = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final PrintStream out;
    private final SessionJson json;
    private final int messageCapacity;
    private final long reportIntervalNanos;
    private final Thread thread;

    /** A printer that prints nothing until {@link #start()}: what is queued before waits. */
    JsonLinePrinter(PrintStream out, SessionJson json, int messageCapacity, long reportIntervalNanos) {
        if (messageCapacity < 1) {
            throw new IllegalArgumentException("message capacity must be >= 1, got " + messageCapacity);
        }
        this.out = out;
        this.json = json;
        this.messageCapacity = messageCapacity;
        this.reportIntervalNanos = reportIntervalNanos;
        this.thread = new Thread(this::run, "json-lines");
        thread.setDaemon(true);
    }

    /** A started printer with the default capacity and report interval. */
    static JsonLinePrinter start(PrintStream out, SessionJson json) {
        return new JsonLinePrinter(out, json, MESSAGE_CAPACITY, REPORT_INTERVAL_NANOS).start();
    }

    JsonLinePrinter start() {
        thread.start();
        return this;
    }

    /** A session event (up, down, failed, listening, …): always printed, in order. */
    void event(Supplier<ObjectNode> line) {
        queue.add(new Line(line, false));
    }

    /** A per-message line: printed, or dropped and counted when {@code messageCapacity} are waiting. */
    boolean message(Supplier<ObjectNode> line) {
        if (waitingMessages.incrementAndGet() > messageCapacity) {
            waitingMessages.decrementAndGet();
            dropped.incrementAndGet();
            return false;
        }
        queue.add(new Line(line, true));
        return true;
    }

    private void run() {
        long lastReport = System.nanoTime();
        while (true) {
            Item item;
            try {
                item = queue.poll(reportIntervalNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            switch (item) {
                case null -> { }
                case Stop stop -> {
                    reportDrops();
                    out.flush();
                    return;
                }
                case Line line -> {
                    if (line.message()) {
                        waitingMessages.decrementAndGet();
                    }
                    print(line.json());
                }
            }
            long now = System.nanoTime();
            if (queue.isEmpty() || now - lastReport >= reportIntervalNanos) {
                reportDrops();
                lastReport = now;
            }
        }
    }

    private void print(Supplier<ObjectNode> line) {
        String text;
        try {
            text = json.line(line.get());
        } catch (RuntimeException e) {
            System.err.println("pathwise: cannot render a JSON line: " + e);
            return;
        }
        out.println(text);
    }

    private void reportDrops() {
        long n = dropped.getAndSet(0);
        if (n > 0) {
            print(() -> {
                ObjectNode e = json.event("dropped", null);
                e.put("lines", n);
                e.put("capacity", messageCapacity);
                return e;
            });
        }
    }

    /** Prints what is queued (waiting up to 5 s for a slow stdout), then any drop count, and stops. */
    @Override
    public void close() throws InterruptedException {
        queue.add(new Stop());
        if (thread.isAlive()) {
            thread.join(CLOSE_WAIT_MILLIS);
        }
        out.flush();
    }
}
