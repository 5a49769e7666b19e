package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.message.StateReport;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Srp;

/**
 * PCRpt (RFC 8231 §6.1): {@code <state-report> ::= [<SRP>] <LSP> <path>}. A report starts at an
 * SRP, or at an LSP when the current report already has one. Every report needs its LSP (6/8).
 * The path objects may come in any order: pre-RFC 8231 implementations (draft-ietf-pce-stateful-pce
 * -07 era) and current routers differ, and all are kept as sent.
 */
final class PcRptCodec extends BaseMessageCodec<PcRpt> {
    PcRptCodec() {
        super(PcRpt.class, "PCRpt", 10);
    }

    @Override
    public PcRpt build(ObjectList objects, DecodeContext ctx) {
        Groups<StateReport> reports = new Groups<>();
        int start = 0;
        boolean hasLsp = false;
        boolean hasSrp = false;
        for (int i = 0; i < objects.size(); i++) {
            PcepObject o = objects.get(i);
            boolean newReport = (o instanceof Srp && (hasLsp || hasSrp)) || (o instanceof Lsp && hasLsp);
            if (newReport) {
                reports.add(close(objects, start, i, hasLsp, ctx));
                start = i;
                hasLsp = false;
                hasSrp = false;
            }
            hasLsp |= o instanceof Lsp;
            hasSrp |= o instanceof Srp;
        }
        reports.add(close(objects, start, objects.size(), hasLsp, ctx));
        return new PcRpt(reports.list());
    }

    private static StateReport close(ObjectList objects, int from, int to, boolean hasLsp, DecodeContext ctx) {
        if (!hasLsp) {
            Srp srp = from < to && objects.get(from) instanceof Srp s ? s : null;
            throw ctx.grammarError(PcepErrors.LSP_MISSING, objects.offset(from),
                    to == from ? "PCRpt without any object" : "state report without an LSP object", null, srp);
        }
        return new StateReport(objects.copy(from, to));
    }

    @Override
    public void writeObjects(PcRpt message, ByteBuf out, CodecRegistry registry) {
        for (StateReport r : message.reports()) {
            writeAll(r.objects(), out, registry);
        }
    }
}
