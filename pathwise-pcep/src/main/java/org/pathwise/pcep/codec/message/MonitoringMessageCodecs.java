package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcMonRep;
import org.pathwise.pcep.message.PcMonReq;
import org.pathwise.pcep.object.Monitoring;
import org.pathwise.pcep.object.PccReqId;

/**
 * PCMonReq and PCMonRep (RFC 5886 §9): both start {@code <MONITORING> <PCC-REQ-ID>} (6/4 when
 * MONITORING is missing); the rest is kept in order.
 */
final class MonitoringMessageCodecs {
    private MonitoringMessageCodecs() {}

    static Monitoring monitoring(ObjectList objects, DecodeContext ctx, String name) {
        if (objects.size() == 0 || !(objects.get(0) instanceof Monitoring m)) {
            throw ctx.error(PcepErrors.MONITORING_MISSING, objects.offset(0), name + " does not start with MONITORING");
        }
        return m;
    }

    static PccReqId pccReqId(ObjectList objects, DecodeContext ctx, String name) {
        if (objects.size() < 2 || !(objects.get(1) instanceof PccReqId id)) {
            throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(1), name + " has no PCC-REQ-ID after MONITORING");
        }
        return id;
    }

    static final class Request extends BaseMessageCodec<PcMonReq> {
        Request() {
            super(PcMonReq.class, "PCMonReq", 8);
        }

        @Override
        public PcMonReq build(ObjectList objects, DecodeContext ctx) {
            return new PcMonReq(monitoring(objects, ctx, name()), pccReqId(objects, ctx, name()),
                    objects.copy(2, objects.size()));
        }

        @Override
        public void writeObjects(PcMonReq m, ByteBuf out, CodecRegistry registry) {
            registry.writeObject(m.monitoring(), out);
            registry.writeObject(m.pccReqId(), out);
            writeAll(m.rest(), out, registry);
        }
    }

    static final class Reply extends BaseMessageCodec<PcMonRep> {
        Reply() {
            super(PcMonRep.class, "PCMonRep", 9);
        }

        @Override
        public PcMonRep build(ObjectList objects, DecodeContext ctx) {
            return new PcMonRep(monitoring(objects, ctx, name()), pccReqId(objects, ctx, name()),
                    objects.copy(2, objects.size()));
        }

        @Override
        public void writeObjects(PcMonRep m, ByteBuf out, CodecRegistry registry) {
            registry.writeObject(m.monitoring(), out);
            registry.writeObject(m.pccReqId(), out);
            writeAll(m.rest(), out, registry);
        }
    }
}
