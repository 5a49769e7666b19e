package org.pathwise.pcc.emulate;

import java.util.Objects;
import org.pathwise.pcep.types.Ipv4Address;

/**
 * A path to ask for: between two topology nodes, addressed by their IPv4 router IDs (what a PCC
 * puts in END-POINTS, RFC 5440 §7.6), with the bandwidth to request (0: none).
 *
 * @param sourceId topology node id of the head end
 * @param destinationId topology node id of the tail end
 * @param bandwidth bytes per second, 0 for none
 */
public record Demand(String sourceId, String destinationId, Ipv4Address source, Ipv4Address destination,
        double bandwidth) {
    public Demand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (!(bandwidth >= 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("demand bandwidth must be finite and >= 0, got " + bandwidth);
        }
    }
}
