package org.pathwise.ted;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The live TED: one reference swapped atomically; readers never block. Writers are serialised,
 * versions only go up, and listeners hear every new snapshot in version order.
 *
 * <p>Listeners run on the writer's thread before {@link #update}/{@link #publish} returns, so they
 * must be quick (hand work off to an executor). A listener that throws does not stop the others;
 * its exception goes to the thread's uncaught-exception handler.
 */
public final class TeDatabase {

    private volatile TeSnapshot current;
    private final ReentrantLock writer = new ReentrantLock();
    private final List<Consumer<TeSnapshot>> listeners = new CopyOnWriteArrayList<>();

    public TeDatabase(TeSnapshot initial) {
        current = Objects.requireNonNull(initial, "initial snapshot");
    }

    /** The current snapshot; a computation holds on to it and finishes on that version. */
    public TeSnapshot current() {
        return current;
    }

    /** Applies {@code change} to a builder started from the current snapshot and publishes the result. */
    public TeSnapshot update(UnaryOperator<TopologyBuilder> change) {
        writer.lock();
        try {
            TeSnapshot next = change.apply(current.toBuilder()).build();
            swap(next);
            return next;
        } finally {
            writer.unlock();
        }
    }

    /** Publishes a snapshot built elsewhere; its version must be newer than the current one. */
    public void publish(TeSnapshot next) {
        writer.lock();
        try {
            swap(next);
        } finally {
            writer.unlock();
        }
    }

    /**
     * Replaces the whole topology (e.g. a freshly loaded file, version 1) and numbers it
     * current version + 1, so versions keep going up. Returns the snapshot as published.
     */
    public TeSnapshot replace(TeSnapshot fresh) {
        writer.lock();
        try {
            TeSnapshot next = fresh.withVersion(current.version() + 1);
            swap(next);
            return next;
        } finally {
            writer.unlock();
        }
    }

    /** Registers a listener for every snapshot published from now on; close the handle to remove it. */
    public AutoCloseable addListener(Consumer<TeSnapshot> onNewSnapshot) {
        Objects.requireNonNull(onNewSnapshot, "listener");
        listeners.add(onNewSnapshot);
        return () -> listeners.remove(onNewSnapshot);
    }

    private void swap(TeSnapshot next) {
        if (next.version() <= current.version()) {
            throw new IllegalArgumentException("snapshot version " + next.version() + " is not newer than the current version "
                    + current.version() + "; build it from current().toBuilder() or use replace()");
        }
        current = next;
        for (Consumer<TeSnapshot> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
