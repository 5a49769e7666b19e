package org.pathwise.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Test topologies: a tiny builder for hand-drawn graphs, seeded random graphs, JGraphT views. */
final class Topo {
    private final TopologyBuilder builder = TopologyBuilder.create();
    private final java.util.Set<String> nodes = new java.util.HashSet<>();

    static Topo create() {
        return new Topo();
    }

    private void node(String id) {
        if (nodes.add(id)) {
            builder.addNode(Node.of(id));
        }
    }

    /** A bidirectional adjacency a<->b ("a-b" and "b-a") with the same attributes both ways. */
    Topo link(String a, String b, long igp, long te, int delay, double bw) {
        return link(a, b, igp, te, delay, bw, 0, new int[0]);
    }

    Topo link(String a, String b, long metric) {
        return link(a, b, metric, metric, 0, 1e9);
    }

    Topo link(String a, String b, long igp, long te, int delay, double bw, int adminGroup, int[] srlgs) {
        node(a);
        node(b);
        Link fwd = Link.builder(a + "-" + b, a, b).igpMetric(igp).teMetric(te).delayMicros(delay)
                .maxBandwidth(bw).adminGroup(adminGroup).srlgs(srlgs).build();
        Link rev = Link.builder(b + "-" + a, b, a).igpMetric(igp).teMetric(te).delayMicros(delay)
                .maxBandwidth(bw).adminGroup(adminGroup).srlgs(srlgs).build();
        builder.addBidirectional(fwd, rev);
        return this;
    }

    /** Adds a fully specified directed link (no reverse). */
    Topo directed(Link l) {
        node(l.from());
        node(l.to());
        builder.addLink(l);
        return this;
    }

    /** Adds a bidirectional adjacency from a fully specified forward link, mirrored. */
    Topo both(Link l) {
        node(l.from());
        node(l.to());
        builder.addBidirectional(l, l.mirror(l.to() + "-" + l.from()));
        return this;
    }

    TeSnapshot build() {
        return builder.build();
    }

    /**
     * A random connected graph of n nodes "n0".."n{n-1}": a random spanning tree plus
     * {@code extra} random adjacencies, every adjacency bidirectional with symmetric attributes
     * (or, when {@code asymmetric}, independent metrics per direction). Metrics 1..maxMetric,
     * delay 1..1000 us, bandwidth per priority non-increasing from 0 to 7, admin groups over 4
     * bits, SRLGs from a pool of n/2.
     */
    static TeSnapshot random(long seed, int n, int extra, int maxMetric, boolean asymmetric) {
        Random r = new Random(seed);
        TopologyBuilder b = TopologyBuilder.create();
        for (int i = 0; i < n; i++) {
            b.addNode(Node.of("n" + i));
        }
        java.util.Set<Long> used = new java.util.HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int j = r.nextInt(i);
            pairs.add(new int[] {i, j});
            used.add(key(i, j));
        }
        for (int tries = 0; pairs.size() < n - 1 + extra && tries < extra * 20; tries++) {
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            if (i != j && used.add(key(i, j))) {
                pairs.add(new int[] {i, j});
            }
        }
        int srlgPool = Math.max(2, n / 2);
        for (int[] p : pairs) {
            Link fwd = randomLink(r, "n" + p[0] + "-n" + p[1], "n" + p[0], "n" + p[1], maxMetric, srlgPool);
            Link rev = asymmetric
                    ? randomLink(r, "n" + p[1] + "-n" + p[0], "n" + p[1], "n" + p[0], maxMetric, srlgPool)
                    : fwd.mirror("n" + p[1] + "-n" + p[0]);
            b.addBidirectional(fwd, rev);
        }
        return b.build();
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    private static Link randomLink(Random r, String id, String from, String to, int maxMetric, int srlgPool) {
        double max = 1000 * (1 + r.nextInt(10));
        double[] unreserved = new double[8];
        double u = max;
        for (int p = 0; p < 8; p++) {
            u = Math.max(0, u - r.nextInt(3) * 100 * r.nextInt(4));
            unreserved[p] = u;
        }
        int srlgCount = r.nextInt(3);
        int[] srlgs = new int[srlgCount];
        for (int i = 0; i < srlgCount; i++) {
            srlgs[i] = 1 + r.nextInt(srlgPool);
        }
        srlgs = java.util.Arrays.stream(srlgs).distinct().toArray();
        return Link.builder(id, from, to)
                .igpMetric(1 + r.nextInt(maxMetric))
                .teMetric(1 + r.nextInt(maxMetric))
                .delayMicros(1 + r.nextInt(1000))
                .maxBandwidth(max)
                .unreservedBandwidth(unreserved)
                .adminGroup(r.nextInt(16))
                .extendedAdminGroup(r.nextInt(16), r.nextInt(4))
                .srlgs(srlgs)
                .build();
    }

    /** The snapshot as a JGraphT directed multigraph (vertex = node index, edge = link index). */
    static Graph<Integer, LinkEdge> jgrapht(TeSnapshot s, MetricKind metric, IntPredicate usable) {
        return jgrapht(s, l -> metric.of(s, l), usable);
    }

    static Graph<Integer, LinkEdge> jgrapht(TeSnapshot s, IntToDoubleFunction weight, IntPredicate usable) {
        Graph<Integer, LinkEdge> g = newGraph();
        for (int v = 0; v < s.nodeCount(); v++) {
            g.addVertex(v);
        }
        for (int l = 0; l < s.linkCount(); l++) {
            if (usable.test(l)) {
                addEdge(g, s.src(l), s.dst(l), l, weight.applyAsDouble(l));
            }
        }
        return g;
    }

    static void addEdge(Graph<Integer, LinkEdge> g, int from, int to, int link, double weight) {
        LinkEdge e = new LinkEdge(link);
        g.addEdge(from, to, e);
        g.setEdgeWeight(e, weight);
    }

    /**
     * A weighted directed multigraph with intrusive edges. (JGraphT 1.5.2's k-disjoint algorithms
     * lose the weights of non-intrusive edges such as Integer on their working copy and return
     * non-optimal pairs, so the oracle must use DefaultWeightedEdge subclasses.)
     */
    static Graph<Integer, LinkEdge> newGraph() {
        return GraphTypeBuilder.<Integer, LinkEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(false)
                .weighted(true).edgeClass(LinkEdge.class).buildGraph();
    }

    /** A JGraphT edge that remembers which TED link it stands for. */
    static final class LinkEdge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int link;

        LinkEdge() {
            this(-1);
        }

        LinkEdge(int link) {
            this.link = link;
        }
    }

    static String id(TeSnapshot s, int node) {
        return s.node(node).id();
    }
}
