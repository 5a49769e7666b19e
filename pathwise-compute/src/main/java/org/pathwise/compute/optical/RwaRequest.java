package org.pathwise.compute.optical;

import java.util.Objects;
import org.pathwise.compute.PathRequest;

/**
 * A lightpath request: the route constraints of an ordinary path request (hop limit via
 * {@code maxHops}, bounds, affinities, exclusions, include route, bandwidth) plus the wavelength
 * assignment policy. {@code seed} drives {@link WavelengthPolicy#RANDOM} (same seed, same answer).
 */
public record RwaRequest(PathRequest path, WavelengthPolicy policy, long seed) {
    public RwaRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(policy, "policy");
    }

    public static RwaRequest of(PathRequest path, WavelengthPolicy policy) {
        return new RwaRequest(path, policy, 0);
    }
}
