package org.pathwise.session.transport;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.pathwise.pcep.message.Message;

/**
 * The messages other threads (compute workers, an application) send on one session, waiting for
 * its event loop. The first message into an idle outbox asks for one drain task; that task takes
 * everything then waiting, so a burst costs one hop to the loop (and, in {@link SessionHandler},
 * one flush). Lock-free; holds nothing while empty. Messages from one thread keep their order.
 */
final class Outbox {
    private record Outgoing(Message message, Runnable written) {}

    private final Queue<Outgoing> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    /** Queues {@code message}; true when the caller must schedule a {@link #drain} on the loop. */
    boolean offer(Message message, Runnable written) {
        queue.offer(new Outgoing(message, written));
        return drainScheduled.compareAndSet(false, true);
    }

    /** On the loop: hands every waiting message, with its write callback (or null), to {@code send}. */
    void drain(BiConsumer<Message, Runnable> send) {
        drainScheduled.set(false); // a message offered from now on asks for the next drain
        Outgoing o;
        while ((o = queue.poll()) != null) {
            send.accept(o.message(), o.written());
        }
    }
}
