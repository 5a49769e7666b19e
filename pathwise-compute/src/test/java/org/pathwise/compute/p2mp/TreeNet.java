package org.pathwise.compute.p2mp;

import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Small topologies for tree tests: bidirectional links with a TE metric and a capacity. */
final class TreeNet {
    private final TopologyBuilder builder = TopologyBuilder.create();

    TreeNet nodes(String... ids) {
        for (String id : ids) {
            builder.addNode(Node.of(id));
        }
        return this;
    }

    /** Both directions, TE metric {@code te}, {@code capacity} bytes/s unreserved at every priority. */
    TreeNet both(String id, String a, String b, long te, double capacity) {
        builder.addBidirectional(Link.builder(id, a, b).teMetric(te).maxBandwidth(capacity).build());
        return this;
    }

    TreeNet both(String id, String a, String b, long te) {
        return both(id, a, b, te, 1e9);
    }

    TreeNet link(Link l) {
        builder.addLink(l);
        return this;
    }

    TeSnapshot build() {
        return builder.build();
    }
}
