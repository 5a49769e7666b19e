package org.pathwise.pcep.object;

/**
 * BANDWIDTH (class 5, types 1 and 2; RFC 5440 §7.7): an IEEE float in bytes per second.
 *
 * @param existing false: requested bandwidth (type 1); true: bandwidth of an existing TE LSP for
 *     which a reoptimization is requested (type 2)
 */
public record Bandwidth(ObjectFlags flags, boolean existing, float bandwidth) implements PcepObject {
    public static Bandwidth requested(float bytesPerSecond) {
        return new Bandwidth(ObjectFlags.NONE, false, bytesPerSecond);
    }
}
