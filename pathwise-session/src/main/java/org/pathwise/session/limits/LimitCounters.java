package org.pathwise.session.limits;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How often each limit triggered, and its log. Under a flood the log itself must not become the
 * attack: each limit logs its first trigger in a second in full and then, once the second is
 * over, how many more there were.
 */
public final class LimitCounters {
    private static final Logger LOG = LoggerFactory.getLogger("org.pathwise.session.limits");
    private static final long LOG_INTERVAL_NANOS = 1_000_000_000L;

    private final Map<Limit, LongAdder> counts = new EnumMap<>(Limit.class);
    private final Map<Limit, AtomicLong> lastLogged = new EnumMap<>(Limit.class);
    private final Map<Limit, LongAdder> unlogged = new EnumMap<>(Limit.class);

    public LimitCounters() {
        for (Limit l : Limit.values()) {
            counts.put(l, new LongAdder());
            lastLogged.put(l, new AtomicLong(Long.MIN_VALUE / 2));
            unlogged.put(l, new LongAdder());
        }
    }

    /** Counts and (rate-limited) logs one trigger of {@code limit}. */
    public void triggered(Limit limit, Object peer, String detail) {
        counts.get(limit).increment();
        long now = System.nanoTime();
        AtomicLong last = lastLogged.get(limit);
        long previous = last.get();
        if (now - previous >= LOG_INTERVAL_NANOS && last.compareAndSet(previous, now)) {
            long suppressed = unlogged.get(limit).sumThenReset();
            LOG.warn("limit {} triggered by {}: {} ({}){}", limit.key(), peer, detail, limit.effect(),
                    suppressed > 0 ? "; " + suppressed + " more since the last report" : "");
        } else {
            unlogged.get(limit).increment();
        }
    }

    public long count(Limit limit) {
        return counts.get(limit).sum();
    }
}
