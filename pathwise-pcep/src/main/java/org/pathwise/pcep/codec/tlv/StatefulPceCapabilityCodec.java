package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.StatefulPceCapabilityTlv;

/**
 * STATEFUL-PCE-CAPABILITY, type 16 (RFC 8231 §7.1.1, Figure 9): Flags (32), numbered here from the
 * least significant bit: U (RFC 8231), S, T, D, F (RFC 8232), I (RFC 8281).
 */
public final class StatefulPceCapabilityCodec extends BaseTlvCodec<StatefulPceCapabilityTlv> {
    private static final int U = 0x01; // LSP-UPDATE-CAPABILITY (RFC 8231)
    private static final int S = 0x02; // INCLUDE-DB-VERSION (RFC 8232)
    private static final int I = 0x04; // LSP-INSTANTIATION-CAPABILITY (RFC 8281)
    private static final int T = 0x08; // TRIGGERED-RESYNC (RFC 8232)
    private static final int D = 0x10; // DELTA-LSP-SYNC-CAPABILITY (RFC 8232)
    private static final int F = 0x20; // TRIGGERED-INITIAL-SYNC (RFC 8232)
    private static final int NAMED = 0x3f;

    public StatefulPceCapabilityCodec() {
        super(StatefulPceCapabilityTlv.class, "STATEFUL-PCE-CAPABILITY", 16);
    }

    @Override
    public StatefulPceCapabilityTlv parse(ByteBuf value, DecodeContext ctx) {
        int f = value.readInt();
        return new StatefulPceCapabilityTlv((f & U) != 0, (f & S) != 0, (f & I) != 0, (f & T) != 0, (f & D) != 0,
                (f & F) != 0, f & ~NAMED);
    }

    @Override
    public void writeValue(StatefulPceCapabilityTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((t.lspUpdate() ? U : 0) | (t.includeDbVersion() ? S : 0) | (t.lspInstantiation() ? I : 0)
                | (t.triggeredResync() ? T : 0) | (t.deltaLspSync() ? D : 0) | (t.triggeredInitialSync() ? F : 0)
                | (t.unassignedFlags() & ~NAMED));
    }
}
