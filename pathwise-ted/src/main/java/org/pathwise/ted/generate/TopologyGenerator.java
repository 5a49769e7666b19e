package org.pathwise.ted.generate;

import java.util.SplittableRandom;
import org.pathwise.ted.TeSnapshot;

/**
 * Seeded, deterministic synthetic topologies for tests and benchmarks. Every model yields a
 * connected graph with exactly the requested number of adjacencies (see {@link GeneratorSpec});
 * {@link TeAttributes} then gives nodes and links realistic TE attributes.
 *
 * <pre>{@code
 * TeSnapshot s = TopologyGenerator.generate(GeneratorSpec.of(Model.WAXMAN, 200, 7).withLinks(400));
 * }</pre>
 */
public final class TopologyGenerator {

    private TopologyGenerator() {
    }

    public static TeSnapshot generate(GeneratorSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        int n = spec.nodes();
        Placement placement;
        EdgeSet edges;
        switch (spec.model()) {
            case WAXMAN -> {
                placement = Placement.uniform(n, random);
                edges = Waxman.edges(placement, n, target(spec, 2 * n), random);
            }
            case BA -> {
                placement = Placement.uniform(n, random);
                edges = BarabasiAlbert.edges(n, target(spec, 2 * n), random);
            }
            case GRID -> {
                int cols = (int) Math.ceil(Math.sqrt(n));
                placement = Placement.lattice(n, cols);
                edges = new EdgeSet();
                for (int i = 0; i < n; i++) {
                    if ((i + 1) % cols != 0 && i + 1 < n) {
                        edges.add(i, i + 1);
                    }
                    if (i + cols < n) {
                        edges.add(i, i + cols);
                    }
                }
                extend(spec, placement, edges, random, "a " + n + "-node grid");
            }
            case RING -> {
                placement = Placement.circle(n);
                edges = new EdgeSet();
                for (int i = 0; i < n; i++) {
                    edges.add(i, (i + 1) % n);
                }
                extend(spec, placement, edges, random, "a " + n + "-node ring");
            }
            default -> throw new IllegalStateException(spec.model().toString());
        }
        return TeAttributes.build(placement, edges, spec, random);
    }

    private static int target(GeneratorSpec spec, int natural) {
        if (spec.links() != GeneratorSpec.DEFAULT_LINKS) {
            return spec.links();
        }
        long max = (long) spec.nodes() * (spec.nodes() - 1) / 2;
        return (int) Math.min(natural, max);
    }

    /** Grid and ring have a natural link count; more links are added as Waxman chords, fewer is an error. */
    private static void extend(GeneratorSpec spec, Placement p, EdgeSet edges, SplittableRandom random, String what) {
        if (spec.links() == GeneratorSpec.DEFAULT_LINKS) {
            return;
        }
        if (spec.links() < edges.size()) {
            throw new IllegalArgumentException(what + " has " + edges.size() + " links; --links must be at least that"
                    + " (extra links are added as chords)");
        }
        Waxman.addWaxmanEdges(p, spec.nodes(), edges, spec.links(), random);
    }
}
