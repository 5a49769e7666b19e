package org.pathwise.pcc.emulate;

import java.util.concurrent.CompletableFuture;
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

    /** A short label for logs and reports: the local address, say. */
    String name();
}
