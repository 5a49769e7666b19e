package org.pathwise.compute.p2mp;

import java.util.List;
import java.util.Objects;
import org.pathwise.compute.PathRequest;

/**
 * One source, many leaves (RFC 8306 P2MP END-POINTS, leaf type "new leaves to add"). The
 * constraints come from {@code constraints}: its source is the tree's root, its bandwidth and
 * setup priority apply to every tree link (once per link: a link carries the tree's traffic
 * once), and so do its metric, affinities and exclusions. Its destination is not used. Bounds,
 * hop limits, include routes, diversity and k paths are not served for trees.
 */
public record P2mpRequest(PathRequest constraints, List<String> leaves, TreeObjective objective) {
    public P2mpRequest {
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(objective, "objective");
        leaves = List.copyOf(leaves);
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("a P2MP request needs at least one leaf");
        }
    }

    public String source() {
        return constraints.source();
    }

    /** The constraints as a point-to-point request to {@code leaf} (used to explain an unreachable leaf). */
    public PathRequest toLeaf(String leaf) {
        PathRequest c = constraints;
        return new PathRequest(c.source(), leaf, c.bandwidth(), c.setupPriority(), c.holdingPriority(),
                c.metric(), c.objective(), c.bounds(), c.maxHops(), c.affinity(), c.includeRoute(),
                c.exclusions(), c.failBit(), c.existing(), c.diversity(), c.pathCount());
    }
}
