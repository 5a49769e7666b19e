package org.pathwise.compute.loadbalance;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;

/** The paths a demand is split over, with the bandwidth each reserves; or why no split exists. */
public sealed interface LoadBalanceResult {

    /** One path of the split and the bandwidth (bytes/s) it reserves. */
    record Share(Path path, double bandwidth) {
        public Share {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The split, fewest paths first found; shares sum to the requested bandwidth. A link shared by
     * several paths carries the sum of their shares, within its unreserved bandwidth.
     * {@code minUnreservedBandwidth} of each path is measured before any share is placed.
     */
    record Split(List<Share> shares) implements LoadBalanceResult {
        public Split {
            shares = List.copyOf(shares);
            if (shares.isEmpty()) {
                throw new IllegalArgumentException("a split has at least one path");
            }
        }

        public double totalBandwidth() {
            double sum = 0;
            for (Share s : shares) {
                sum += s.bandwidth();
            }
            return sum;
        }

        /** Sum over the shares of bandwidth x path metric: the cost the split minimises among equals. */
        public double weightedCost(MetricKind metric) {
            double sum = 0;
            for (Share s : shares) {
                sum += s.bandwidth() * s.path().metric(metric);
            }
            return sum;
        }
    }

    record Failed(NoPath noPath) implements LoadBalanceResult {
        public Failed {
            Objects.requireNonNull(noPath, "noPath");
        }
    }
}
