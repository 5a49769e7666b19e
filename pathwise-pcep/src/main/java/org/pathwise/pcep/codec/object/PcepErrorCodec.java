package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepError;

/**
 * PCEP-ERROR, class 13 type 1 (RFC 5440 §7.15, Figure 20):
 * <pre>
 * | Reserved (8) | Flags (8) | Error-Type (8) | Error-value (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class PcepErrorCodec extends BaseObjectCodec<PcepError> {
    public PcepErrorCodec() {
        super(PcepError.class, "PCEP-ERROR", 13, 1);
    }

    @Override
    public PcepError parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int type = body.readUnsignedByte();
        int value = body.readUnsignedByte();
        return new PcepError(flags, type, value, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(PcepError o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeByte(o.errorType());
        out.writeByte(o.errorValue());
        registry.writeTlvs(o.tlvs(), out);
    }
}
