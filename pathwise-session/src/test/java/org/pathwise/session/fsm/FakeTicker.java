package org.pathwise.session.fsm;

import java.time.Duration;
import org.pathwise.session.Ticker;

/** A clock that moves only when told, starting near the wrap-around to prove difference arithmetic. */
final class FakeTicker implements Ticker {
    private long now = Long.MAX_VALUE - Duration.ofSeconds(30).toNanos();

    @Override
    public long nanoTime() {
        return now;
    }

    long advance(Duration d) {
        now += d.toNanos();
        return now;
    }
}
