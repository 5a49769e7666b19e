package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;

/**
 * OPEN object, class 1 type 1 (RFC 5440 §7.3, Figure 9):
 * <pre>
 * | Ver (3) | Flags (5) | Keepalive (8) | DeadTimer (8) | SID (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class OpenCodec extends BaseObjectCodec<OpenObject> {
    public OpenCodec() {
        super(OpenObject.class, "OPEN", 1, 1);
    }

    @Override
    public OpenObject parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int version = body.readUnsignedByte() >>> 5; // Flags (5 bits): none assigned
        int keepalive = body.readUnsignedByte();
        int deadTimer = body.readUnsignedByte();
        int sessionId = body.readUnsignedByte();
        return new OpenObject(flags, version, keepalive, deadTimer, sessionId, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(OpenObject o, ByteBuf out, CodecRegistry registry) {
        out.writeByte((o.version() & 0x7) << 5);
        out.writeByte(o.keepalive());
        out.writeByte(o.deadTimer());
        out.writeByte(o.sessionId());
        registry.writeTlvs(o.tlvs(), out);
    }
}
