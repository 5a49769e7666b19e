package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.object.Svec;

/**
 * SVEC, class 11 type 1 (RFC 5440 §7.13.2, Figure 18; D and P of RFC 8800):
 * <pre>
 * | Reserved (8) | Flags (24): ...P D S N L |
 * | Request-ID-number #1 (32) | ... | Request-ID-number #M (32) |
 * </pre>
 */
public final class SvecCodec extends BaseObjectCodec<Svec> {
    private static final int L = 0x01;
    private static final int N = 0x02;
    private static final int S = 0x04;
    private static final int D = 0x08;
    private static final int P = 0x10;

    public SvecCodec() {
        super(Svec.class, "SVEC", 11, 1);
    }

    @Override
    public Svec parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(1);
        int f = body.readUnsignedMedium();
        List<Long> ids = new ArrayList<>(body.readableBytes() / 4);
        while (body.isReadable()) {
            ids.add(body.readUnsignedInt());
        }
        return new Svec(flags, (f & L) != 0, (f & N) != 0, (f & S) != 0, (f & D) != 0, (f & P) != 0, ids);
    }

    @Override
    public void writeBody(Svec o, ByteBuf out, CodecRegistry registry) {
        out.writeByte(0);
        out.writeMedium((o.linkDiverse() ? L : 0) | (o.nodeDiverse() ? N : 0) | (o.srlgDiverse() ? S : 0)
                | (o.linkDirectionDiverse() ? D : 0) | (o.partialDiverse() ? P : 0));
        o.requestIds().forEach(id -> out.writeInt(id.intValue()));
    }
}
