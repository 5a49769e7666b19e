package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.RequestGrammarSupport;
import org.pathwise.pcep.object.GlobalConstraints;
import org.pathwise.pcep.object.Monitoring;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PccReqId;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.object.UnknownObject;
import org.pathwise.pcep.object.VendorInformation;
import org.pathwise.pcep.object.Xro;

/**
 * PCReq (RFC 5440 §6.4; RFC 5886 §5; RFC 5541; RFC 5557):
 * {@code [<MONITORING>] [<PCC-REQ-ID>] [<svec-list>] <request-list>}, each request starting at its
 * RP and requiring an END-POINTS object (6/3). A request object before any RP means the RP is
 * missing (6/1). Within a request the objects may come in any order (routers differ), and are
 * kept in the order received.
 */
final class PcReqCodec extends BaseMessageCodec<PcReq> {
    PcReqCodec() {
        super(PcReq.class, "PCReq", 3);
    }

    /** Objects allowed before the first RP: monitoring and the svec-list. */
    static boolean isLeading(PcepObject o) {
        return o instanceof Monitoring || o instanceof PccReqId || o instanceof Svec || o instanceof ObjectiveFunction
                || o instanceof GlobalConstraints || o instanceof Xro || o instanceof VendorInformation
                || o instanceof UnknownObject;
    }

    @Override
    public PcReq build(ObjectList objects, DecodeContext ctx) {
        int first = 0;
        while (first < objects.size() && !(objects.get(first) instanceof Rp)) {
            if (!isLeading(objects.get(first))) {
                throw ctx.grammarError(PcepErrors.RP_MISSING, objects.offset(first),
                        ctx.objectName(objects.get(first)) + " object before any RP", null, null);
            }
            first++;
        }
        if (first == objects.size()) {
            throw ctx.grammarError(PcepErrors.RP_MISSING, objects.offset(first), "PCReq without an RP object", null, null);
        }
        Groups<Request> requests = new Groups<>();
        int start = first;
        for (int i = first + 1; i <= objects.size(); i++) {
            if (i == objects.size() || objects.get(i) instanceof Rp) {
                requests.add(request(objects, start, i, ctx));
                start = i;
            }
        }
        return new PcReq(objects.copy(0, first), requests.list());
    }

    private static Request request(ObjectList objects, int from, int to, DecodeContext ctx) {
        for (int i = from + 1; i < to; i++) {
            if (RequestGrammarSupport.isEndpoints(objects.get(i))) {
                return new Request(objects.copy(from, to));
            }
        }
        Rp rp = (Rp) objects.get(from);
        throw ctx.grammarError(PcepErrors.END_POINTS_MISSING, objects.offset(from),
                "request " + rp.requestId() + " has no END-POINTS object", rp, null);
    }

    @Override
    public void writeObjects(PcReq message, ByteBuf out, CodecRegistry registry) {
        writeAll(message.leading(), out, registry);
        for (Request r : message.requests()) {
            writeAll(r.objects(), out, registry);
        }
    }
}
