package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.LspUpdate;
import org.pathwise.pcep.message.PcUpd;

/** PCUpd (RFC 8231 §6.2): {@code <update-request> ::= <SRP> <LSP> <path>}, path = ERO + attributes. */
final class PcUpdCodec extends BaseMessageCodec<PcUpd> {
    PcUpdCodec() {
        super(PcUpd.class, "PCUpd", 11);
    }

    @Override
    public PcUpd build(ObjectList objects, DecodeContext ctx) {
        List<LspUpdate> updates = new ArrayList<>(1);
        for (int[] g : SrpGroups.split(objects, ctx, "PCUpd")) {
            SrpGroups.require(objects, g, true, ctx);
            updates.add(new LspUpdate(objects.copy(g[0], g[1])));
        }
        return new PcUpd(updates);
    }

    @Override
    public void writeObjects(PcUpd message, ByteBuf out, CodecRegistry registry) {
        for (LspUpdate u : message.updates()) {
            writeAll(u.objects(), out, registry);
        }
    }
}
