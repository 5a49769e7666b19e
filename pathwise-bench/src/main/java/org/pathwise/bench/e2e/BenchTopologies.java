package org.pathwise.bench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pathwise.pcc.emulate.DemandSource;
import org.pathwise.pcc.emulate.SndlibDemands;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.generate.TopologyGenerator;
import org.pathwise.ted.io.TopologyFiles;

/**
 * The networks of the seed paper's experiments: SNDlib's Atlanta (15 nodes) and ta2 (65 nodes),
 * read from the shared data folder (SNDlib files are for tests and benchmarks, not shipped), and
 * seeded Waxman graphs of 120 and 200 nodes in place of the paper's generated ones. Imported
 * networks get synthetic router IDs (10.0.0.1 + node index) so PCReq END-POINTS can name them.
 */
public final class BenchTopologies {
    /** Seed of the generated topologies: the same graphs on every machine. */
    public static final long SEED = 2011;

    private final Path data;

    public BenchTopologies(Path data) {
        this.data = data;
    }

    /** A named network with the demands to ask on it. */
    public record Network(String name, TeSnapshot snapshot, DemandSource demands) {
        public int nodes() {
            return snapshot.nodeCount();
        }
    }

    /** {@code shared/data} in the working directory or the nearest parent that has one. */
    public static Path findData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared", "data");
    }

    /** An SNDlib network with its own DEMANDS section as the demands. */
    public Network sndlib(String name) {
        Path file = data.resolve("sndlib").resolve(name + ".txt");
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": not found; point --data at the folder holding sndlib/"
                    + name + ".txt (the shared reference data, see its SOURCES.md)");
        }
        TeSnapshot s = SyntheticAddressing.whereMissing(TopologyFiles.load(file));
        List<org.pathwise.pcc.emulate.Demand> demands = SndlibDemands.read(file, s);
        return new Network(name + " (SNDlib, " + s.nodeCount() + " nodes)", s, new DemandSource.Listed(demands));
    }

    /** A seeded Waxman graph of {@code nodes} nodes (average degree 4), random node pairs as demands. */
    public Network generated(int nodes) {
        TeSnapshot s = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, SEED));
        return new Network("Waxman " + nodes + " nodes (seed " + SEED + ")", s, DemandSource.randomPairs(s, 0));
    }
}
