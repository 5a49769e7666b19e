package org.pathwise.server.tedwatch;

/** What one reload of the topology file did. */
public sealed interface ReloadResult {

    /** The new snapshot is live. */
    record Reloaded(long version, int nodes, int links) implements ReloadResult {}

    /** The file did not load; the previous snapshot stays. {@code message} starts with file:line. */
    record Failed(String message) implements ReloadResult {}

    /** The file has not changed since the last load. */
    record Unchanged() implements ReloadResult {}
}
