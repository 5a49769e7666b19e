package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ProcTime;

/**
 * PROC-TIME, class 26 type 1 (RFC 5886 §4.4, Figure 8):
 * <pre>
 * | Reserved (16) | Flags (16): ...E |
 * | Current (32) | Min (32) | Max (32) | Average (32) | Variance (32) |
 * </pre>
 */
public final class ProcTimeCodec extends BaseObjectCodec<ProcTime> {
    private static final int E = 0x0001;

    public ProcTimeCodec() {
        super(ProcTime.class, "PROC-TIME", 26, 1);
    }

    @Override
    public ProcTime parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int f = body.readUnsignedShort();
        return new ProcTime(flags, (f & E) != 0, body.readUnsignedInt(), body.readUnsignedInt(), body.readUnsignedInt(),
                body.readUnsignedInt(), body.readUnsignedInt());
    }

    @Override
    public void writeBody(ProcTime o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeShort(o.estimated() ? E : 0);
        out.writeInt((int) o.current());
        out.writeInt((int) o.min());
        out.writeInt((int) o.max());
        out.writeInt((int) o.average());
        out.writeInt((int) o.variance());
    }
}
