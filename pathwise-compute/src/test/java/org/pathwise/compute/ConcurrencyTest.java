package org.pathwise.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.PathResult.Found;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;

/**
 * Many threads compute bandwidth-constrained paths on whatever snapshot is current while a writer
 * publishes unreserved-bandwidth changes. Every result must be valid on, and optimal for, the
 * snapshot it was computed on (checked afterwards against JGraphT on that same snapshot).
 */
class ConcurrencyTest {
    private record Sample(TeSnapshot snapshot, PathRequest request, PathResult result) {
    }

    @Test
    void resultsAreValidOnTheSnapshotTheyUsedWhileTheTedChanges() throws Exception {
        TeDatabase db = new TeDatabase(Topo.random(77, 200, 200, 20, false));
        PathComputer computer = new PathComputer();
        int readers = 6;
        int perReader = 400;
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);

        Thread writer = new Thread(() -> {
            Random r = new Random(1);
            try {
                start.await();
                while (!done.get()) {
                    TeSnapshot cur = db.current();
                    String id = cur.link(r.nextInt(cur.linkCount())).id();
                    double u = 1000 * r.nextInt(11);
                    db.update(b -> b.setUnreservedBandwidth(id, new double[] {u, u, u, u, u, u, u, u}));
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < readers; t++) {
            long seed = t;
            threads.add(new Thread(() -> {
                Random r = new Random(seed);
                try {
                    start.await();
                    for (int i = 0; i < perReader; i++) {
                        TeSnapshot snap = db.current();
                        int src = r.nextInt(200);
                        int dst = (src + 1 + r.nextInt(199)) % 200;
                        PathRequest req = PathRequest.between(Topo.id(snap, src), Topo.id(snap, dst))
                                .bandwidth(1000 * r.nextInt(6)).build();
                        samples.add(new Sample(snap, req, computer.compute(snap, req)));
                    }
                } catch (Throwable t2) {
                    failures.add(t2);
                }
            }));
        }
        writer.start();
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        done.set(true);
        writer.join();

        assertThat(failures).isEmpty();
        assertThat(samples).hasSize(readers * perReader);
        long versions = samples.stream().mapToLong(s -> s.snapshot().version()).distinct().count();
        assertThat(versions).as("the TED changed during the run").isGreaterThan(1);
        for (Sample s : samples) {
            TeSnapshot snap = s.snapshot();
            double bw = s.request().bandwidth();
            int src = snap.nodeIndex(s.request().source());
            int dst = snap.nodeIndex(s.request().destination());
            GraphPath<Integer, Topo.LinkEdge> expected = DijkstraShortestPath.findPathBetween(
                    Topo.jgrapht(snap, MetricKind.TE, l -> snap.unreservedBandwidth(l, 7) >= bw), src, dst);
            if (expected == null) {
                assertThat(s.result()).isInstanceOf(NoPath.class);
                continue;
            }
            Path p = ((Found) s.result()).first();
            JGraphTCrossCheckTest.assertValid(snap, p, src, dst);
            assertThat((double) p.teMetric()).isEqualTo(expected.getWeight());
            for (int l : p.links()) {
                assertThat(snap.unreservedBandwidth(l, 7)).isGreaterThanOrEqualTo(bw);
            }
        }
    }
}
