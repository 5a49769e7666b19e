package org.pathwise.bench.compute;

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
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.ted.TeSnapshot;

/**
 * CSPF on a 50,000-node Waxman graph (100,000 adjacencies, 200,000 directed links) with a
 * bandwidth constraint, and the same with two simultaneous bounds (exact label-setting search).
 *
 * <pre>./pathwise jmh LargeCspfBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LargeCspfBenchmark {

    @Param({"50000"})
    int nodes;

    TeSnapshot snapshot;
    PathComputer computer;
    PathRequest[] cspf;
    PathRequest[] bounded;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = BenchGraphs.waxman(nodes);
        computer = new PathComputer();
        int[][] pairs = BenchGraphs.pairs(snapshot, 11);
        cspf = BenchGraphs.requests(snapshot, pairs, b -> b);
        // Delay within 1.5x and hops within 2x of what the unconstrained path needs: binding but feasible.
        bounded = new PathRequest[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            PathResult r = computer.compute(snapshot, cspf[i]);
            PathRequest.Builder b = cspf[i].toBuilder();
            if (r instanceof PathResult.Found f) {
                b.bound(MetricKind.DELAY, f.first().delayMicros() * 3 / 2).maxHops(f.first().hopCount() * 2);
            }
            bounded[i] = b.build();
        }
    }

    @Benchmark
    public PathResult pathwiseCspf() {
        return computer.compute(snapshot, cspf[next++ & (BenchGraphs.QUERIES - 1)]);
    }

    @Benchmark
    public PathResult pathwiseCspfTwoBounds() {
        return computer.compute(snapshot, bounded[next++ & (BenchGraphs.QUERIES - 1)]);
    }
}
