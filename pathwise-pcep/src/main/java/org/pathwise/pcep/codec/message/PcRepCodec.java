package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Rp;

/**
 * PCRep (RFC 5440 §6.5; RFC 5886 §5): {@code [<svec-list>] <response-list>}, each response
 * starting at its RP (6/1 when a response object precedes any RP).
 */
final class PcRepCodec extends BaseMessageCodec<PcRep> {
    PcRepCodec() {
        super(PcRep.class, "PCRep", 4);
    }

    @Override
    public PcRep build(ObjectList objects, DecodeContext ctx) {
        int first = 0;
        while (first < objects.size() && !(objects.get(first) instanceof Rp)) {
            if (!PcReqCodec.isLeading(objects.get(first))) {
                throw ctx.grammarError(PcepErrors.RP_MISSING, objects.offset(first),
                        ctx.objectName(objects.get(first)) + " object before any RP", null, null);
            }
            first++;
        }
        if (first == objects.size()) {
            throw ctx.grammarError(PcepErrors.RP_MISSING, objects.offset(first), "PCRep without an RP object", null, null);
        }
        Groups<Response> responses = new Groups<>();
        int start = first;
        for (int i = first + 1; i <= objects.size(); i++) {
            if (i == objects.size() || objects.get(i) instanceof Rp) {
                responses.add(new Response(objects.copy(start, i)));
                start = i;
            }
        }
        return new PcRep(objects.copy(0, first), responses.list());
    }

    @Override
    public void writeObjects(PcRep message, ByteBuf out, CodecRegistry registry) {
        writeAll(message.leading(), out, registry);
        for (Response r : message.responses()) {
            writeAll(r.objects(), out, registry);
        }
    }
}
