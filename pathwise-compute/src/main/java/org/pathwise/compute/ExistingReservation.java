package org.pathwise.compute;

import java.util.Objects;
import java.util.Set;

/**
 * Bandwidth an existing LSP already holds on some links: re-optimisation (RFC 5440 §7.4.1 R bit,
 * with the RRO and the existing BANDWIDTH) or restoration of a failed LSP (RFC 5521 §2.1 F bit,
 * with the failed path's RRO). The computation credits {@code bandwidth} back on those links so
 * the LSP does not count against itself ("no double booking").
 */
public record ExistingReservation(Set<String> links, double bandwidth) {
    public ExistingReservation {
        links = Set.copyOf(Objects.requireNonNull(links, "links"));
        if (!(bandwidth >= 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("existing bandwidth must be finite and >= 0, got " + bandwidth);
        }
    }
}
