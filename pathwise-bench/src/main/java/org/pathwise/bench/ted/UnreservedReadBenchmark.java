package org.pathwise.bench.ted;

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

/**
 * What the snapshot's unreserved-bandwidth accessor costs the path computation: the bandwidth
 * check a CSPF makes on every link it relaxes, over every out-link of every node (CSR order, as a
 * search walks it), read through {@link TeSnapshot#unreservedBandwidth} and, as the floor, from a
 * raw flat {@code double[]} copy of the same values. This is how a paged column (copy-on-write
 * pages of 256 links) was measured 30-50 % slower than flat and rejected.
 *
 * <pre>./pathwise jmh UnreservedReadBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnreservedReadBenchmark {

    @Param({"50000"})
    int nodes;

    TeSnapshot snapshot;
    double[] flat;
    double demand;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, 1));
        flat = new double[snapshot.linkCount() * 8];
        for (int l = 0; l < snapshot.linkCount(); l++) {
            for (int p = 0; p < 8; p++) {
                flat[l * 8 + p] = snapshot.unreservedBandwidth(l, p);
            }
        }
        demand = 5e9 / 8;
    }

    /** Links wide enough for the demand at priority 3, read through the snapshot. */
    @Benchmark
    public int snapshotAccessor() {
        TeSnapshot s = snapshot;
        int fit = 0;
        for (int n = 0; n < s.nodeCount(); n++) {
            for (int i = s.outStart(n); i < s.outStart(n + 1); i++) {
                if (s.unreservedBandwidth(s.outLink(i), 3) >= demand) {
                    fit++;
                }
            }
        }
        return fit;
    }

    /** The same scan over a raw array: the cost floor. */
    @Benchmark
    public int flatColumn() {
        TeSnapshot s = snapshot;
        double[] u = flat;
        int fit = 0;
        for (int n = 0; n < s.nodeCount(); n++) {
            for (int i = s.outStart(n); i < s.outStart(n + 1); i++) {
                if (u[s.outLink(i) * 8 + 3] >= demand) {
                    fit++;
                }
            }
        }
        return fit;
    }
}
