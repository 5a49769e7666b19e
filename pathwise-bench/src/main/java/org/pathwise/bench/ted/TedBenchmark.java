package org.pathwise.bench.ted;

import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyDocument;
import org.pathwise.ted.io.TopologyFiles;
import org.pathwise.ted.io.TopologyFormat;

/**
 * TED costs that matter to a running PCE: how long a bandwidth update (one LSP set up → new
 * unreserved bandwidth on its links) takes to publish, how long a full rebuild takes, and how fast
 * topologies are generated and loaded.
 *
 * <pre>./pathwise jmh TedBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TedBenchmark {

    /** Nodes; links = 2 × nodes adjacencies (Waxman default), so 4 × nodes directed links. */
    @Param({"5000", "50000"})
    int nodes;

    TeSnapshot snapshot;
    String json;
    double[] unreserved;
    String[] pathLinks;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        snapshot = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, 1));
        StringWriter out = new StringWriter();
        TopologyFiles.write(TopologyDocument.of(snapshot), out, false);
        json = out.toString();
        unreserved = new double[] {1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9};
        pathLinks = new String[] {"L1", "L2", "L3", "L4", "L5", "L6"};
    }

    /** A 6-hop LSP changes unreserved bandwidth on 6 links: copy one column, share the rest. */
    @Benchmark
    public TeSnapshot unreservedUpdateOnSixLinks() {
        var b = snapshot.toBuilder();
        for (String id : pathLinks) {
            b.setUnreservedBandwidth(id, unreserved);
        }
        return b.build();
    }

    /** A structural change (one link removed): everything is rebuilt. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TeSnapshot removeOneLink() {
        return snapshot.toBuilder().removeLink("L" + (next++ % 100)).build();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TeSnapshot generateWaxman() {
        return TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, 2));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TeSnapshot loadJson() {
        return TopologyFiles.parse(json, "bench.json", TopologyFormat.JSON, ImportOptions.defaults()).snapshot();
    }
}
