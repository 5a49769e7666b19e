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
}
