package org.pathwise.server;

import java.util.List;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.tlv.OverloadedDurationTlv;

/** The PCNtf and PCErr messages the server sends (RFC 5440 §7.14, §7.15). */
public final class Notifications {
    private Notifications() {}

    /** Notification-type 1: pending request cancelled. */
    public static final int REQUEST_CANCELLED = 1;
    /** NT 1, NV 1: the PCC cancels a set of pending requests. */
    public static final int CANCELLED_BY_PCC = 1;
    /** NT 1, NV 2: the PCE cancels a set of pending requests. */
    public static final int CANCELLED_BY_PCE = 2;
    /** Notification-type 2: overloaded PCE. */
    public static final int OVERLOADED = 2;
    /** NT 2, NV 1: the PCE is overloaded. */
    public static final int OVERLOAD_STARTED = 1;
    /** NT 2, NV 2: the PCE is no longer overloaded. */
    public static final int OVERLOAD_ENDED = 2;

    /** NT 2/NV 1 without RPs: send no more requests for {@code seconds} (OVERLOADED-DURATION). */
    public static PcNtf overloaded(long seconds) {
        return single(List.of(), new Notification(ObjectFlags.NONE, OVERLOADED, OVERLOAD_STARTED,
                List.of(new OverloadedDurationTlv(seconds))));
    }

    public static PcNtf overloadEnded() {
        return single(List.of(), new Notification(ObjectFlags.NONE, OVERLOADED, OVERLOAD_ENDED, List.of()));
    }

    /** NT 1/NV 2: the PCE will not answer these requests. */
    public static PcNtf cancelledByPce(List<Rp> requests) {
        return single(requests, new Notification(ObjectFlags.NONE, REQUEST_CANCELLED, CANCELLED_BY_PCE, List.of()));
    }

    /** NT 1/NV 1: the PCC's cancellation (what a PCC sends; used by tests and the PCC library). */
    public static PcNtf cancelledByPcc(List<Rp> requests) {
        return single(requests, new Notification(ObjectFlags.NONE, REQUEST_CANCELLED, CANCELLED_BY_PCC, List.of()));
    }

    /** A PCErr naming the requests it concerns (RFC 5440 §6.7 request-id-list). */
    public static PcErr error(ErrorCode code, List<Rp> requests) {
        return new PcErr(List.of(block(code, requests)), null);
    }

    public static PcErr.ErrorBlock block(ErrorCode code, List<Rp> requests) {
        return new PcErr.ErrorBlock(requests, List.of(), List.of(PcepError.of(code.type(), code.value())));
    }

    private static PcNtf single(List<Rp> requests, Notification n) {
        return new PcNtf(List.of(new PcNtf.Notify(requests, List.of(n))));
    }
}
