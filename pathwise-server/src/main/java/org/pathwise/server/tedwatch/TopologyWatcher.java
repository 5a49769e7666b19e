package org.pathwise.server.tedwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.io.TopologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the TED in step with a topology file: a background thread (never an I/O thread) polls the
 * file's modification time and size, loads a changed file and swaps the new snapshot in with
 * {@link TeDatabase#replace}. Requests already computing finish on the snapshot they started with;
 * new ones take the new one; nothing waits. A file that fails to load is logged with its
 * file:line message and the previous snapshot stays in service. Every load follows {@link #load}'s
 * addressing rule, so a reload never takes away the router IDs PCCs address nodes by.
 */
public final class TopologyWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopologyWatcher.class);

    private final Path file;
    private final TeDatabase ted;
    private final long pollMillis;
    private final Thread thread;
    private volatile boolean running = true;
    private Stamp loadedStamp;

    private record Stamp(long modifiedNanos, long size) {}

    /** Watches {@code file}, whose current content the TED already holds. */
    public TopologyWatcher(Path file, TeDatabase ted, long pollMillis) {
        this.file = Objects.requireNonNull(file, "file");
        this.ted = Objects.requireNonNull(ted, "ted");
        this.pollMillis = pollMillis;
        this.loadedStamp = stamp();
        this.thread = new Thread(this::poll, "pathwise-topology-watch");
        thread.setDaemon(true);
    }

    public TopologyWatcher start() {
        thread.start();
        return this;
    }

    /** Loads the file now if it changed (the admin command); returns what happened. */
    public synchronized ReloadResult reloadIfChanged() {
        Stamp now = stamp();
        if (now == null || now.equals(loadedStamp)) {
            return new ReloadResult.Unchanged();
        }
        return load(now);
    }

    /** Loads the file now whether or not it changed. */
    public synchronized ReloadResult reload() {
        return load(stamp());
    }

    /** A topology file as the PCE serves it, and whether its router IDs (and the rest) are invented. */
    public record Loaded(TeSnapshot snapshot, int nodesWithoutRouterId) {
        public boolean syntheticAddressing() {
            return nodesWithoutRouterId > 0;
        }
    }

    /**
     * Loads {@code file} the way the PCE serves it, at start and on every reload: with
     * {@link SyntheticAddressing#whereMissing}, so that a file without router IDs (SNDlib, Topology
     * Zoo) is addressable by the same synthetic router IDs {@code pathwise pcc} puts in END-POINTS.
     * Throws TopologyException (file:line) for a bad file.
     */
    public static Loaded load(Path file) {
        TeSnapshot raw = TopologyFiles.load(file);
        return new Loaded(SyntheticAddressing.whereMissing(raw), SyntheticAddressing.nodesWithoutRouterId(raw));
    }

    private ReloadResult load(Stamp stamp) {
        loadedStamp = stamp;
        try {
            Loaded fresh = load(file);
            TeSnapshot live = ted.replace(fresh.snapshot());
            LOG.info("{}: reloaded, TED v{} ({} nodes, {} links{})", file, live.version(), live.nodeCount(),
                    live.linkCount(), fresh.syntheticAddressing() ? ", synthetic addressing" : "");
            return new ReloadResult.Reloaded(live.version(), live.nodeCount(), live.linkCount());
        } catch (TopologyException e) {
            LOG.error("{} (keeping TED v{})", e.getMessage(), ted.current().version());
            return new ReloadResult.Failed(e.getMessage());
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    private void poll() {
        while (running) {
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            }
            try {
                reloadIfChanged();
            } catch (RuntimeException e) {
                LOG.error("{}: reload failed unexpectedly; keeping TED v{}", file, ted.current().version(), e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
