package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.CloseObject;

/**
 * CLOSE, class 15 type 1 (RFC 5440 §7.17, Figure 22):
 * <pre>
 * | Reserved (16) | Flags (8) | Reason (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class CloseCodec extends BaseObjectCodec<CloseObject> {
    public CloseCodec() {
        super(CloseObject.class, "CLOSE", 15, 1);
    }

    @Override
    public CloseObject parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(3);
        int reason = body.readUnsignedByte();
        return new CloseObject(flags, reason, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(CloseObject o, ByteBuf out, CodecRegistry registry) {
        out.writeMedium(0);
        out.writeByte(o.reason());
        registry.writeTlvs(o.tlvs(), out);
    }
}
