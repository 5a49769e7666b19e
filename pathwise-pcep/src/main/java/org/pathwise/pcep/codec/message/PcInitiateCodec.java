package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.LspInitiation;
import org.pathwise.pcep.message.PcInitiate;
import org.pathwise.pcep.object.Srp;

/**
 * PCInitiate (RFC 8281 §5.1): instantiations {@code <SRP> <LSP> [<END-POINTS>] <ERO>
 * [<attribute-list>]} (ERO required, 6/9) and deletions {@code <SRP> <LSP>} (SRP R flag set).
 */
final class PcInitiateCodec extends BaseMessageCodec<PcInitiate> {
    PcInitiateCodec() {
        super(PcInitiate.class, "PCInitiate", 12);
    }

    @Override
    public PcInitiate build(ObjectList objects, DecodeContext ctx) {
        List<LspInitiation> requests = new ArrayList<>(1);
        for (int[] g : SrpGroups.split(objects, ctx, "PCInitiate")) {
            boolean deletion = ((Srp) objects.get(g[0])).remove();
            SrpGroups.require(objects, g, !deletion, ctx);
            requests.add(new LspInitiation(objects.copy(g[0], g[1])));
        }
        return new PcInitiate(requests);
    }

    @Override
    public void writeObjects(PcInitiate message, ByteBuf out, CodecRegistry registry) {
        for (LspInitiation r : message.requests()) {
            writeAll(r.objects(), out, registry);
        }
    }
}
