package org.pathwise.pcep.object;

/**
 * The two flags of the common object header (RFC 5440 §7.2).
 *
 * @param processingRule P: on a request, the PCE must take this object into account
 * @param ignore I: on a reply, the PCE ignored this (optional) object
 */
public record ObjectFlags(boolean processingRule, boolean ignore) {
    public static final ObjectFlags NONE = new ObjectFlags(false, false);
    /** P set: the usual flags on mandatory request objects (RP, END-POINTS). */
    public static final ObjectFlags P = new ObjectFlags(true, false);
    public static final ObjectFlags I = new ObjectFlags(false, true);
    public static final ObjectFlags PI = new ObjectFlags(true, true);

    /** The shared instance for a combination, so decoding allocates nothing for it. */
    public static ObjectFlags of(boolean processingRule, boolean ignore) {
        return processingRule ? (ignore ? PI : P) : (ignore ? I : NONE);
    }
}
