package org.pathwise.pcc.emulate;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcReq;

/**
 * One emulated PCC as the load engine sees it: a way to send a PCReq and hear its answer (the
 * PCRep, or the PCErr/PCNtf that ended the request). Implementations correlate by request ID and
 * may be called from any thread.
 */
public interface RequestChannel {

    /** Sends {@code request}; the future completes with the answer, or exceptionally (session down, timeout). */
    CompletableFuture<? extends Message> request(PcReq request);

    /**
     * The thread to send from for the cheapest path to the wire (the session's event loop: a
     * request sent there is written at once, with no hand-over between threads), or empty when
     * every thread is as good.
     */
    default Optional<ScheduledExecutorService> executor() {
        return Optional.empty();
    }

    /** A short label for logs and reports: the local address, say. */
    String name();

    /**
     * Reserves {@code count} consecutive request IDs for one PCReq. RFC 5440 §7.4.1: a PCC's
     * Request-ID-number identifies a request among all of its requests, so the numbering belongs
     * to the PCC (the session), not to one load run: a warm-up and the measured run that follows
     * on the same sessions must never hand out an ID that may still be pending.
     */
    long reserveRequestIds(int count);

    /** Request IDs for one PCC: 32-bit, never 0, wrapping after 2^32 - 1 (RFC 5440 §7.4.1). */
    final class RequestIds {
        static final long MAX = 0xFFFF_FFFFL;
        private final java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();

        /** The first of {@code count} consecutive unused IDs (a block never straddles the wrap). */
        public long reserve(int count) {
            return last.updateAndGet(id -> id + count > MAX ? count : id + count) - count + 1;
        }
    }
}
