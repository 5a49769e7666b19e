package org.pathwise.pcc.emulate;

import org.pathwise.pcc.emulate.RequestChannel.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.types.Ipv4Address;

/** The engine against in-memory channels: counts, outcomes and samples add up (no timing asserted). */
class LoadEngineTest {
    private static final Demand DEMAND = new Demand("a", "z", Ipv4Address.parse("10.0.0.1"),
            Ipv4Address.parse("10.0.0.2"), 0);
    private final ExecutorService loop = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        loop.shutdownNow();
    }

    /** Answers every request on another thread: a path, except NO-PATH for every third message. */
    private class FakePcc implements RequestChannel {
        final AtomicInteger seen = new AtomicInteger();
        final List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public CompletableFuture<Message> request(PcReq request) {
            int n = seen.incrementAndGet();
            request.requests().forEach(r -> ids.add(r.rp().requestId()));
            return CompletableFuture.supplyAsync(() -> answer(request, n % 3 == 0), loop);
        }

        final RequestIds requestIds = new RequestIds();

        @Override
        public long reserveRequestIds(int count) {
            return requestIds.reserve(count);
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    private static Message answer(PcReq request, boolean noPath) {
        List<Response> out = new ArrayList<>();
        for (Request r : request.requests()) {
            out.add(noPath ? Response.of(r.rp(), new NoPath(ObjectFlags.NONE, 0, false, List.of()))
                    : Response.of(r.rp(), new Ero(ObjectFlags.NONE, List.of(Ipv4PrefixSubobject.strict(DEMAND.destination())))));
        }
        return new PcRep(List.of(), out);
    }

    @Test
    void openLoopAnswersEveryRequestAndCountsOutcomes() throws InterruptedException {
        FakePcc a = new FakePcc();
        FakePcc b = new FakePcc();
        LoadSettings settings = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Constant(2000)),
                Duration.ofMillis(300), Duration.ofSeconds(2), 1);
        LoadEngine engine = new LoadEngine(List.of(a, b), new DemandSource.Listed(List.of(DEMAND)),
                ConstraintMix.parse("shortest=1,disjoint=1"), settings);
        LoadResult result = engine.run(LoadEngine.ProgressListener.NONE);
        LoadCounters c = result.counters();
        // Constant 2000/s for 0.3 s: the gaps land at 0.5 ms, 1.0 ms, … strictly before 300 ms.
        assertThat(c.sentCount()).isEqualTo(599);
        assertThat(a.seen.get() + b.seen.get()).isEqualTo(599);
        assertThat(Math.abs(a.seen.get() - b.seen.get())).isLessThanOrEqualTo(1);
        assertThat(c.answeredCount()).isEqualTo(599);
        assertThat(c.count(Outcome.PATH) + c.count(Outcome.NO_PATH)).isEqualTo(599);
        assertThat(c.count(Outcome.NO_PATH)).isEqualTo(a.seen.get() / 3 + b.seen.get() / 3);
        assertThat(result.unanswered()).isZero();
        assertThat(c.sample(RequestKind.DISJOINT).request().requests()).hasSize(2);
        // Each session numbers its own requests 1, 2, 3, … (a disjoint pair takes two).
        assertThat(a.ids.subList(0, 1)).containsExactly(1L);
        assertThat(a.ids).doesNotHaveDuplicates();
    }

    /**
     * A warm-up run and the measured run after it use the same sessions: the second must not
     * reuse a request ID of the first (a reply to a duplicate ID looks unknown to the PCC, which
     * closes the session with reason 4 after a few).
     */
    @Test
    void consecutiveRunsOnTheSameSessionsNeverReuseARequestId() throws InterruptedException {
        FakePcc a = new FakePcc();
        LoadSettings settings = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Constant(1000)),
                Duration.ofMillis(100), Duration.ofSeconds(2), 1);
        for (int run = 0; run < 2; run++) {
            new LoadEngine(List.of(a), new DemandSource.Listed(List.of(DEMAND)),
                    ConstraintMix.parse("shortest=1,disjoint=1"), settings).run(LoadEngine.ProgressListener.NONE);
        }
        List<Long> ids = List.copyOf(a.ids);
        assertThat(ids).hasSizeGreaterThan(200).doesNotHaveDuplicates().doesNotContain(0L);
    }

    /**
     * A session's event loop is where the open-loop pacer runs: every request goes out on that
     * thread (no hand-over), and the schedule is the same as from a thread of the engine's own.
     */
    @Test
    void openLoopSendsFromTheChannelsOwnExecutor() throws InterruptedException {
        ScheduledExecutorService home = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "session-loop"));
        try {
            List<String> senders = java.util.Collections.synchronizedList(new ArrayList<>());
            FakePcc a = new FakePcc() {
                @Override
                public CompletableFuture<Message> request(PcReq request) {
                    senders.add(Thread.currentThread().getName());
                    return super.request(request);
                }

                @Override
                public Optional<ScheduledExecutorService> executor() {
                    return Optional.of(home);
                }
            };
            LoadSettings settings = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Constant(2000)),
                    Duration.ofMillis(300), Duration.ofSeconds(2), 1);
            LoadResult result = new LoadEngine(List.of(a), new DemandSource.Listed(List.of(DEMAND)),
                    ConstraintMix.parse("shortest"), settings).run(LoadEngine.ProgressListener.NONE);
            assertThat(result.counters().sentCount()).isEqualTo(599);
            assertThat(result.counters().answeredCount()).isEqualTo(599);
            assertThat(senders).hasSize(599).containsOnly("session-loop");
        } finally {
            home.shutdownNow();
        }
    }

    @Test
    void requestIdsWrapAfter32BitsAndSkipZero() {
        RequestIds ids = new RequestIds();
        assertThat(ids.reserve(1)).isEqualTo(1);
        assertThat(ids.reserve(2)).isEqualTo(2); // 2 and 3
        long blocks = 0;
        long first;
        while ((first = ids.reserve(1_000_000)) != 1) {
            assertThat(first + 1_000_000 - 1).as("a block ends within 32 bits").isLessThanOrEqualTo(RequestIds.MAX);
            blocks++;
        }
        assertThat(blocks).isEqualTo((RequestIds.MAX - 3) / 1_000_000); // every full block that fit
        assertThat(ids.reserve(1)).isEqualTo(1_000_001);
    }

    @Test
    void closedLoopKeepsTheWindowFullAndStopsAtTheEnd() throws InterruptedException {
        FakePcc a = new FakePcc();
        LoadSettings settings = new LoadSettings(new Pacing.ClosedLoop(4), Duration.ofMillis(200), Duration.ofSeconds(2), 1);
        LoadEngine engine = new LoadEngine(List.of(a), new DemandSource.Listed(List.of(DEMAND)),
                ConstraintMix.parse("shortest"), settings);
        LoadResult result = engine.run(LoadEngine.ProgressListener.NONE);
        assertThat(result.counters().sentCount()).isGreaterThan(4);
        assertThat(result.counters().answeredCount()).isEqualTo(result.counters().sentCount());
        assertThat(result.unanswered()).isZero();
    }

    @Test
    void errorsAndTimeoutsAreCountedNotThrown() throws InterruptedException {
        RequestChannel refusing = new RequestChannel() {
            final AtomicInteger n = new AtomicInteger();

            @Override
            public CompletableFuture<Message> request(PcReq request) {
                return switch (n.incrementAndGet() % 3) {
                    case 0 -> CompletableFuture.completedFuture(PcErr.of(10, 1));
                    case 1 -> CompletableFuture.failedFuture(new IllegalStateException("session down"));
                    default -> new CompletableFuture<>(); // never answered
                };
            }

            final RequestIds requestIds = new RequestIds();

            @Override
            public long reserveRequestIds(int count) {
                return requestIds.reserve(count);
            }

            @Override
            public String name() {
                return "refusing";
            }
        };
        LoadSettings settings = new LoadSettings(new Pacing.OpenLoop(new Interarrival.Constant(100)),
                Duration.ofMillis(100), Duration.ofMillis(50), 1);
        LoadResult result = new LoadEngine(List.of(refusing), new DemandSource.Listed(List.of(DEMAND)),
                ConstraintMix.parse("shortest"), settings).run(LoadEngine.ProgressListener.NONE);
        LoadCounters c = result.counters();
        assertThat(c.sentCount()).isEqualTo(9);
        assertThat(c.count(Outcome.ERROR)).isEqualTo(6);
        assertThat(c.count(Outcome.TIMEOUT)).isEqualTo(3);
        assertThat(c.count(Outcome.PATH)).isZero();
    }
}
