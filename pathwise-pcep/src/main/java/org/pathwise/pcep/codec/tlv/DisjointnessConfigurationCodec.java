package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.DisjointnessConfigurationTlv;

/** DISJOINTNESS-CONFIGURATION, type 46 (RFC 8800 §5.2, Figure 2): Flags (32): ...T P S N L. */
public final class DisjointnessConfigurationCodec extends BaseTlvCodec<DisjointnessConfigurationTlv> {
    static final int L = 0x01;
    static final int N = 0x02;
    static final int S = 0x04;
    static final int P = 0x08;
    static final int T = 0x10;

    public DisjointnessConfigurationCodec() {
        super(DisjointnessConfigurationTlv.class, "DISJOINTNESS-CONFIGURATION", 46);
    }

    @Override
    public DisjointnessConfigurationTlv parse(ByteBuf value, DecodeContext ctx) {
        int f = value.readInt();
        return new DisjointnessConfigurationTlv((f & L) != 0, (f & N) != 0, (f & S) != 0, (f & P) != 0, (f & T) != 0);
    }

    @Override
    public void writeValue(DisjointnessConfigurationTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((t.linkDiverse() ? L : 0) | (t.nodeDiverse() ? N : 0) | (t.srlgDiverse() ? S : 0)
                | (t.shortestPath() ? P : 0) | (t.strict() ? T : 0));
    }
}
