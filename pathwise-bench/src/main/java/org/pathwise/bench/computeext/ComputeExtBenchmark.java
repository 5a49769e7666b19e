package org.pathwise.bench.computeext;

import java.util.ArrayList;
import java.util.List;
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
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.loadbalance.LoadBalanceRequest;
import org.pathwise.compute.loadbalance.LoadBalanceResult;
import org.pathwise.compute.loadbalance.LoadBalancer;
import org.pathwise.compute.optical.RwaRequest;
import org.pathwise.compute.optical.RwaResult;
import org.pathwise.compute.optical.WavelengthPolicy;
import org.pathwise.compute.optical.WavelengthRouter;
import org.pathwise.compute.p2mp.P2mpRequest;
import org.pathwise.compute.p2mp.P2mpResult;
import org.pathwise.compute.p2mp.P2mpTreeComputer;
import org.pathwise.compute.p2mp.TreeObjective;
import org.pathwise.compute.sr.SidListEncoder;
import org.pathwise.compute.sr.SrEncoding;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;

/**
 * One query of each extension algorithm on a Waxman topology (SR, TE, optical attributes from the
 * generator; 16-channel grid), rotating through 64 precomputed endpoint sets.
 *
 * <pre>./pathwise jmh ComputeExtBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComputeExtBenchmark {
    private static final int QUERIES = 64;
    private static final double GBPS = 1e9 / 8;

    @Param({"1000"})
    int nodes;

    TeSnapshot snapshot;
    final SidListEncoder encoder = new SidListEncoder();
    final LoadBalancer balancer = new LoadBalancer();
    final P2mpTreeComputer trees = new P2mpTreeComputer();
    final WavelengthRouter rwa = new WavelengthRouter();
    final PathComputer core = new PathComputer();
    final List<PathRequest> plain = new ArrayList<>();
    final List<Path> paths = new ArrayList<>();
    final List<LoadBalanceRequest> splits = new ArrayList<>();
    final List<P2mpRequest> tenLeafTrees = new ArrayList<>();
    final List<RwaRequest> firstFit = new ArrayList<>();
    final List<RwaRequest> mostUsed = new ArrayList<>();
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, nodes, 1).withWavelengths(16));
        PathComputer cspf = new PathComputer();
        for (int i = 0; paths.size() < QUERIES; i++) {
            String a = "N" + (i * 7919 % nodes);
            String b = "N" + ((i * 104729 + 13) % nodes);
            if (a.equals(b)) {
                continue;
            }
            if (cspf.compute(snapshot, PathRequest.between(a, b).build()) instanceof PathResult.Found f) {
                paths.add(f.first());
                plain.add(PathRequest.between(a, b).build());
                splits.add(new LoadBalanceRequest(PathRequest.between(a, b).bandwidth(150 * GBPS).build(), 4, 10 * GBPS));
                List<String> leaves = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    leaves.add("N" + ((i * 31 + k * 97 + 1) % nodes));
                }
                leaves.remove(a);
                tenLeafTrees.add(new P2mpRequest(PathRequest.between(a, b).bandwidth(GBPS).build(), leaves,
                        TreeObjective.MIN_COST_TREE));
                firstFit.add(RwaRequest.of(PathRequest.between(a, b).maxHops(12).build(), WavelengthPolicy.FIRST_FIT));
                mostUsed.add(RwaRequest.of(PathRequest.between(a, b).maxHops(12).build(), WavelengthPolicy.MOST_USED));
            }
        }
    }

    private int nextIndex() {
        next = (next + 1) & (QUERIES - 1);
        return next;
    }

    /** Baseline on the same machine: the core's unconstrained CSPF for the same endpoints. */
    @Benchmark
    public PathResult coreCspfBaseline() {
        return core.compute(snapshot, plain.get(nextIndex()));
    }

    /** The shortest ECMP-safe SID list for a computed TE path (one IGP SPF per path position). */
    @Benchmark
    public SrEncoding srEncode() {
        return encoder.encode(snapshot, paths.get(nextIndex()), 10);
    }

    /** 150G over at most 4 paths of at least 10G (links are 1..100G): usually needs a split. */
    @Benchmark
    public LoadBalanceResult loadBalance150G() {
        return balancer.compute(snapshot, splits.get(nextIndex()));
    }

    /** A 1G tree to 10 leaves, Takahashi-Matsuyama (10 multi-source Dijkstras). */
    @Benchmark
    public P2mpResult p2mpTenLeaves() {
        return trees.compute(snapshot, tenLeafTrees.get(nextIndex()));
    }

    /** A lightpath within 12 hops, first-fit over 16 channels. */
    @Benchmark
    public RwaResult rwaFirstFit() {
        return rwa.compute(snapshot, firstFit.get(nextIndex()));
    }

    @Benchmark
    public RwaResult rwaMostUsed() {
        return rwa.compute(snapshot, mostUsed.get(nextIndex()));
    }
}
