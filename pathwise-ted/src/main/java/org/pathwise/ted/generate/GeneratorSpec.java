package org.pathwise.ted.generate;

/**
 * What to generate. {@code links} counts adjacencies (undirected edges); each becomes two paired
 * directed TE links, so the snapshot's {@code linkCount()} is {@code 2 × links}.
 *
 * @param model the graph model
 * @param nodes number of nodes (≥ 3)
 * @param links number of adjacencies; {@link #DEFAULT_LINKS} for the model's natural count
 *     (Waxman and Barabási–Albert: 2 × nodes, i.e. average degree 4; ring: nodes; grid: its lattice)
 * @param seed the same seed gives the same topology, bit for bit
 * @param wavelengths optical channel grid size per link (e.g. 80); 0 for a packet-only topology
 */
public record GeneratorSpec(Model model, int nodes, int links, long seed, int wavelengths) {

    public static final int DEFAULT_LINKS = -1;
    /** Largest node count the generators accept (router IDs are 10.x.y.z). */
    public static final int MAX_NODES = 1 << 22;

    public enum Model { WAXMAN, BA, GRID, RING }

    public GeneratorSpec {
        if (model == null) {
            throw new IllegalArgumentException("choose a model: waxman, ba, grid or ring");
        }
        if (nodes < 3 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("--nodes must be between 3 and " + MAX_NODES + " (got " + nodes + ")");
        }
        if (links != DEFAULT_LINKS) {
            long max = (long) nodes * (nodes - 1) / 2;
            if (links < nodes - 1 || links > max) {
                throw new IllegalArgumentException("--links must be between " + (nodes - 1) + " (a tree: the topology must be connected) and "
                        + max + " (every pair linked) for " + nodes + " nodes (got " + links + ")");
            }
        }
        if (wavelengths < 0 || wavelengths > 4096) {
            throw new IllegalArgumentException("--wavelengths must be between 0 and 4096 (got " + wavelengths + ")");
        }
    }

    public static GeneratorSpec of(Model model, int nodes, long seed) {
        return new GeneratorSpec(model, nodes, DEFAULT_LINKS, seed, 0);
    }

    public GeneratorSpec withLinks(int adjacencies) {
        return new GeneratorSpec(model, nodes, adjacencies, seed, wavelengths);
    }

    /** Links from an average node degree: {@code round(degree × nodes / 2)}. */
    public GeneratorSpec withAverageDegree(double degree) {
        return withLinks((int) Math.round(degree * nodes / 2));
    }

    public GeneratorSpec withWavelengths(int channels) {
        return new GeneratorSpec(model, nodes, links, seed, channels);
    }
}
