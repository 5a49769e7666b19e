package org.pathwise.ted.io;

import org.pathwise.ted.TeSnapshot;

/**
 * A topology as read from a file: the snapshot plus what the file said about itself. The
 * attribution travels with the data, so converting a CC-BY Topology Zoo network keeps its credit.
 *
 * @param name network name, may be null
 * @param description free text, may be null
 * @param attribution source and licence credit, may be null
 */
public record TopologyDocument(TeSnapshot snapshot, String name, String description, String attribution) {

    public static TopologyDocument of(TeSnapshot snapshot) {
        return new TopologyDocument(snapshot, null, null, null);
    }
}
