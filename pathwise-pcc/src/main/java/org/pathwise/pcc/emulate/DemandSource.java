package org.pathwise.pcc.emulate;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;

/** Where the emulator's requests go: a fixed list of demands, or random pairs of topology nodes. */
public sealed interface DemandSource {

    /** The next demand; {@code random} is the caller's seeded source. */
    Demand next(SplittableRandom random);

    /** How many distinct demands the source can give (for the report). */
    int size();

    /** Demands drawn uniformly from a list (an SNDlib DEMANDS section, say). */
    record Listed(List<Demand> demands) implements DemandSource {
        public Listed {
            if (demands.isEmpty()) {
                throw new IllegalArgumentException("a demand list needs at least one demand");
            }
            demands = List.copyOf(demands);
        }

        @Override
        public Demand next(SplittableRandom random) {
            return demands.get(random.nextInt(demands.size()));
        }

        @Override
        public int size() {
            return demands.size();
        }
    }

    /** Uniformly random ordered pairs of distinct nodes that have an IPv4 router ID. */
    record RandomPairs(List<Node> nodes, List<Ipv4Address> routerIds, double bandwidth) implements DemandSource {
        public RandomPairs {
            if (nodes.size() < 2 || nodes.size() != routerIds.size()) {
                throw new IllegalArgumentException("random pairs need at least two addressed nodes");
            }
            nodes = List.copyOf(nodes);
            routerIds = List.copyOf(routerIds);
        }

        @Override
        public Demand next(SplittableRandom random) {
            int a = random.nextInt(nodes.size());
            int b = random.nextInt(nodes.size() - 1);
            if (b >= a) {
                b++;
            }
            return new Demand(nodes.get(a).id(), nodes.get(b).id(), routerIds.get(a), routerIds.get(b), bandwidth);
        }

        @Override
        public int size() {
            return nodes.size() * (nodes.size() - 1);
        }
    }

    /**
     * Random pairs over every node of {@code topology} that has an IPv4 router ID; fails with a
     * message naming the fix when fewer than two have one.
     */
    static RandomPairs randomPairs(TeSnapshot topology, double bandwidth) {
        List<Node> nodes = new ArrayList<>();
        List<Ipv4Address> ids = new ArrayList<>();
        for (Node n : topology.nodes()) {
            if (n.routerId() != null) {
                nodes.add(n);
                ids.add(ipv4(n.routerId()));
            }
        }
        if (nodes.size() < 2) {
            throw new IllegalArgumentException("the topology has " + nodes.size() + " node(s) with an IPv4 router ID;"
                    + " random demands need two. Give nodes router IDs (pathwise topology convert --add-addressing)");
        }
        return new RandomPairs(nodes, ids, bandwidth);
    }

    static Ipv4Address ipv4(Inet4Address a) {
        byte[] b = a.getAddress();
        return new Ipv4Address((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
    }
}
