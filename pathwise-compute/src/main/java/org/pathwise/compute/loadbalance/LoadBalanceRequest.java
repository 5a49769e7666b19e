package org.pathwise.compute.loadbalance;

import java.util.Objects;
import org.pathwise.compute.PathRequest;

/**
 * Split a demand over several paths (RFC 5440 §7.16 LOAD-BALANCING object): the total bandwidth is
 * {@code path.bandwidth()}, carried by at most {@code maxPaths} paths (Max-LSP) each reserving at
 * least {@code minBandwidth} bytes/s (Min-Bandwidth). Every other constraint of {@code path}
 * (setup priority, metric, bounds, hop limit, affinities, exclusions, include route) applies to
 * each path.
 */
public record LoadBalanceRequest(PathRequest path, int maxPaths, double minBandwidth) {
    public LoadBalanceRequest {
        Objects.requireNonNull(path, "path");
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be >= 1, got " + maxPaths);
        }
        if (!(minBandwidth >= 0) || Double.isInfinite(minBandwidth)) {
            throw new IllegalArgumentException("minBandwidth must be finite and >= 0, got " + minBandwidth);
        }
    }
}
