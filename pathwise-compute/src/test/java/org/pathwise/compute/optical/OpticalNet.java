package org.pathwise.compute.optical;

import java.util.BitSet;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Small WDM topologies for tests: optical links with a channel grid and the free channels. */
final class OpticalNet {
    static final int GRID = 4;
    private final TopologyBuilder builder = TopologyBuilder.create();

    OpticalNet nodes(String... ids) {
        for (String id : ids) {
            builder.addNode(Node.of(id));
        }
        return this;
    }

    /** A directed optical link of TE metric {@code te} whose free channels are {@code free}. */
    OpticalNet fiber(String id, String from, String to, long te, int... free) {
        builder.addLink(Link.builder(id, from, to).teMetric(te).wavelengths(channels(free), GRID).build());
        return this;
    }

    OpticalNet copper(String id, String from, String to, long te) {
        builder.addLink(Link.builder(id, from, to).teMetric(te).build());
        return this;
    }

    TeSnapshot build() {
        return builder.build();
    }

    static BitSet channels(int... free) {
        BitSet b = new BitSet();
        for (int c : free) {
            b.set(c);
        }
        return b;
    }
}
