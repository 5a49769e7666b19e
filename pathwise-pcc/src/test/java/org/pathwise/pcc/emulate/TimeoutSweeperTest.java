package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimeoutSweeperTest {

    @Test
    void failsOnlyWhatIsPastItsDeadlineAndSkipsWhatWasAnswered() {
        TimeoutSweeper s = new TimeoutSweeper(100);
        CompletableFuture<String> answered = new CompletableFuture<>();
        CompletableFuture<String> late = new CompletableFuture<>();
        CompletableFuture<String> young = new CompletableFuture<>();
        s.watch(answered, 0);
        s.watch(late, 10);
        s.watch(young, 50);
        answered.complete("PCRep");
        assertThat(s.sweep(109)).isZero();
        assertThat(s.sweep(110)).isEqualTo(1);
        assertThat(late).isCompletedExceptionally();
        assertThat(late.exceptionNow()).isInstanceOf(TimeoutException.class).hasMessage("no answer within 0 ms");
        assertThat(answered).isCompletedWithValue("PCRep");
        assertThat(young).isNotDone();
        assertThat(s.sweep(150)).isEqualTo(1);
        assertThat(young).isCompletedExceptionally();
    }

    @Test
    void releasesAnsweredRequestsLongBeforeTheirDeadlineUpToTheOldestOutstanding() {
        TimeoutSweeper s = new TimeoutSweeper(1_000);
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> outstanding = new CompletableFuture<>();
        CompletableFuture<String> fourth = new CompletableFuture<>();
        s.watch(first, 0);
        s.watch(second, 1);
        s.watch(outstanding, 2);
        s.watch(fourth, 3);
        first.complete("PCRep");
        second.complete("PCRep");
        fourth.complete("PCRep");
        assertThat(s.sweep(10)).isZero();
        assertThat(s.held()).isEqualTo(2); // the outstanding one, and the answered one behind it
        outstanding.complete("PCRep");
        assertThat(s.sweep(11)).isZero();
        assertThat(s.held()).isZero();
    }
}
