package org.pathwise.compute.loadbalance;

import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Small topologies for load-balancing tests: directed links with a TE metric and unreserved bandwidth. */
final class LbNet {
    private final TopologyBuilder builder = TopologyBuilder.create();

    LbNet nodes(String... ids) {
        for (String id : ids) {
            builder.addNode(Node.of(id));
        }
        return this;
    }

    LbNet link(String id, String from, String to, long te, double capacity) {
        builder.addLink(Link.builder(id, from, to).teMetric(te).maxBandwidth(capacity).build());
        return this;
    }

    LbNet link(Link l) {
        builder.addLink(l);
        return this;
    }

    TeSnapshot build() {
        return builder.build();
    }
}
