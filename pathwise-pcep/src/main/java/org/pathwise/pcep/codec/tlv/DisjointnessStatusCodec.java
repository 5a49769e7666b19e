package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import static org.pathwise.pcep.codec.tlv.DisjointnessConfigurationCodec.L;
import static org.pathwise.pcep.codec.tlv.DisjointnessConfigurationCodec.N;
import static org.pathwise.pcep.codec.tlv.DisjointnessConfigurationCodec.P;
import static org.pathwise.pcep.codec.tlv.DisjointnessConfigurationCodec.S;
import static org.pathwise.pcep.codec.tlv.DisjointnessConfigurationCodec.T;

import org.pathwise.pcep.tlv.DisjointnessStatusTlv;

/** DISJOINTNESS-STATUS, type 47 (RFC 8800 §5.3): the configuration TLV's flag layout. */
public final class DisjointnessStatusCodec extends BaseTlvCodec<DisjointnessStatusTlv> {
    public DisjointnessStatusCodec() {
        super(DisjointnessStatusTlv.class, "DISJOINTNESS-STATUS", 47);
    }

    @Override
    public DisjointnessStatusTlv parse(ByteBuf value, DecodeContext ctx) {
        int f = value.readInt();
        return new DisjointnessStatusTlv((f & L) != 0, (f & N) != 0, (f & S) != 0, (f & P) != 0, (f & T) != 0);
    }

    @Override
    public void writeValue(DisjointnessStatusTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((t.linkDiverse() ? L : 0) | (t.nodeDiverse() ? N : 0) | (t.srlgDiverse() ? S : 0)
                | (t.shortestPath() ? P : 0) | (t.strict() ? T : 0));
    }
}
