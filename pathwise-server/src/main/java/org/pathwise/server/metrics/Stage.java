package org.pathwise.server.metrics;

/**
 * The stages of one request through the PCE (ARCHITECTURE.md "One PCReq, end to end"), each timed
 * into its own histogram.
 */
public enum Stage {
    /** Network read (frame decoded) → handed to the server by the session. */
    SESSION,
    /** Put in the queue → taken by a worker. */
    QUEUE_WAIT,
    /** Resolve, compute and encode on the worker. */
    COMPUTE,
    /** Reply built → written to the socket (through the session's event loop and encoder). */
    REPLY,
    /** Network read → reply written to the socket: what the PCC sees, minus the wire. */
    TOTAL;

    /** The name used in JSON and in printed tables. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
