package org.pathwise.pcc.emulate;

import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcReq;

/** One request and what came back, kept to show in reports. */
public record Sample(RequestKind kind, Demand demand, PcReq request, Message reply, long latencyNanos) {
}
