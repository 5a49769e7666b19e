package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.object.UnknownObject;

/**
 * PCErr (RFC 5440 §6.7, RFC 8231 §6.3):
 * {@code ( <error-obj-list> [<Open>] ) | ( <error> [<error-list>] )},
 * {@code <error> ::= [<request-id-list> | <stateful-request-id-list>] <error-obj-list>}.
 * A new block starts at an RP or SRP that follows a PCEP-ERROR.
 */
final class PcErrCodec extends BaseMessageCodec<PcErr> {
    PcErrCodec() {
        super(PcErr.class, "PCErr", 6);
    }

    @Override
    public PcErr build(ObjectList objects, DecodeContext ctx) {
        List<PcErr.ErrorBlock> blocks = new ArrayList<>(1);
        List<Rp> rps = new ArrayList<>(0);
        List<Srp> srps = new ArrayList<>(0);
        List<PcepError> errors = new ArrayList<>(1);
        OpenObject open = null;
        for (int i = 0; i < objects.size(); i++) {
            PcepObject o = objects.get(i);
            if (open != null && !(o instanceof UnknownObject)) {
                throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(i), "object after the OPEN of a PCErr");
            }
            switch (o) {
                case Rp rp -> {
                    flush(blocks, rps, srps, errors);
                    rps.add(rp);
                }
                case Srp srp -> {
                    flush(blocks, rps, srps, errors);
                    srps.add(srp);
                }
                case PcepError e -> errors.add(e);
                case OpenObject oo -> {
                    if (errors.isEmpty() || !blocks.isEmpty() || !rps.isEmpty() || !srps.isEmpty()) {
                        throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(i),
                                "an OPEN in a PCErr must follow a single error-obj-list without request ids");
                    }
                    open = oo;
                }
                case UnknownObject u -> { } // RFC 5440 §7.2: ignored
                default -> throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(i),
                        "unexpected " + ctx.objectName(o) + " object in a PCErr");
            }
        }
        if (errors.isEmpty()) {
            throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(objects.size()),
                    "PCErr without a PCEP-ERROR object " + (blocks.isEmpty() ? "" : "after its last request ids"));
        }
        flush(blocks, rps, srps, errors);
        return new PcErr(blocks, open);
    }

    private static void flush(List<PcErr.ErrorBlock> blocks, List<Rp> rps, List<Srp> srps, List<PcepError> errors) {
        if (!errors.isEmpty()) {
            blocks.add(new PcErr.ErrorBlock(rps, srps, errors));
            rps.clear();
            srps.clear();
            errors.clear();
        }
    }

    @Override
    public void writeObjects(PcErr message, ByteBuf out, CodecRegistry registry) {
        for (PcErr.ErrorBlock b : message.errors()) {
            writeAll(b.requests(), out, registry);
            writeAll(b.stateRequests(), out, registry);
            writeAll(b.errors(), out, registry);
        }
        if (message.open() != null) {
            registry.writeObject(message.open(), out);
        }
    }
}
