package org.pathwise.cli.pathext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.Affinity;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The topology and the per-path constraints shared by the extension verbs (a picocli mixin). */
final class ConstraintOptions {

    @Parameters(index = "0", paramLabel = "TOPOLOGY",
            description = "Topology file (.json, .yaml, .txt SNDlib, .gml, .graphml, .n2p) or a bundled name ("
                    + "geant2012)")
    String topology;

    @Option(names = "--bandwidth", paramLabel = "BW", description = "Bandwidth to reserve, bits/s as in 10G, 2.5Gbps, "
            + "100M (default: none)")
    String bandwidth;

    @Option(names = "--setup-priority", defaultValue = "7", paramLabel = "P",
            description = "Setup priority 0..7 the unreserved bandwidth is read at (default ${DEFAULT-VALUE})")
    int setupPriority;

    @Option(names = "--metric", defaultValue = "te", paramLabel = "M",
            description = "Metric minimised: te, igp, hops or delay (default ${DEFAULT-VALUE})")
    MetricKind metric;

    @Option(names = "--max-hops", defaultValue = "0", paramLabel = "N", description = "Hop limit (default: none)")
    int maxHops;

    @Option(names = "--exclude-node", split = ",", paramLabel = "ID", description = "Node ids to avoid")
    List<String> excludeNodes = new ArrayList<>();

    @Option(names = "--exclude-link", split = ",", paramLabel = "ID", description = "Directed link ids to avoid")
    List<String> excludeLinks = new ArrayList<>();

    @Option(names = "--exclude-srlg", split = ",", paramLabel = "SRLG", description = "SRLG numbers to avoid")
    List<Integer> excludeSrlgs = new ArrayList<>();

    @Option(names = "--exclude-any", defaultValue = "0", paramLabel = "MASK",
            description = "Admin-group bits a link must not have (e.g. 0x4)", converter = HexInt.class)
    int excludeAny;

    @Option(names = "--include-any", defaultValue = "0", paramLabel = "MASK",
            description = "Admin-group bits of which a link needs one", converter = HexInt.class)
    int includeAny;

    @Option(names = "--include-all", defaultValue = "0", paramLabel = "MASK",
            description = "Admin-group bits a link needs all of", converter = HexInt.class)
    int includeAll;

    /** Reads the topology: a file, or a bundled topology by name. */
    TeSnapshot load() {
        Path file = Path.of(topology);
        if (!Files.exists(file) && TopologyFiles.BUNDLED_NAMES.contains(topology)) {
            return TopologyFiles.bundled(topology);
        }
        return TopologyFiles.load(file);
    }

    /** A request between {@code from} and {@code to} with every constraint given on the command line. */
    PathRequest.Builder request(String from, String to) {
        PathRequest.Builder b = PathRequest.between(from, to)
                .bandwidth(bandwidth == null ? 0 : Bandwidth.parse(bandwidth))
                .priorities(setupPriority, setupPriority)
                .minimise(metric)
                .maxHops(maxHops)
                .affinity(Affinity.of(excludeAny, includeAny, includeAll));
        excludeNodes.forEach(id -> b.exclude(Exclusion.node(id)));
        excludeLinks.forEach(id -> b.exclude(Exclusion.link(id)));
        excludeSrlgs.forEach(g -> b.exclude(Exclusion.srlg(g)));
        return b;
    }

    /** Parses 0x-prefixed hexadecimal or decimal 32-bit masks. */
    static final class HexInt implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            return v.startsWith("0x") ? Integer.parseUnsignedInt(v.substring(2), 16) : Integer.parseUnsignedInt(v);
        }
    }
}
