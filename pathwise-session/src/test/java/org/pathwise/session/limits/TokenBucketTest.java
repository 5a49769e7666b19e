package org.pathwise.session.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRefillAtTheRate() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).as("burst of 3 used up").isFalse();
        assertThat(bucket.tryTake(SECOND / 4)).as("half a token after 250 ms at 2/s").isFalse();
        assertThat(bucket.tryTake(SECOND / 2)).as("one token after 500 ms").isTrue();
        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(SECOND / 2 + 2 * SECOND)).as("refill stops at capacity").isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(10 * SECOND)).isTrue();
        }
        assertThat(bucket.tryTake(10 * SECOND)).isFalse();
    }
}
