package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Notification;

/**
 * NOTIFICATION, class 12 type 1 (RFC 5440 §7.14, Figure 19):
 * <pre>
 * | Reserved (8) | Flags (8) | NT (8) | NV (8) |
 * // Optional TLVs //
 * </pre>
 */
public final class NotificationCodec extends BaseObjectCodec<Notification> {
    public NotificationCodec() {
        super(Notification.class, "NOTIFICATION", 12, 1);
    }

    @Override
    public Notification parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(2);
        int type = body.readUnsignedByte();
        int value = body.readUnsignedByte();
        return new Notification(flags, type, value, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(Notification o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeByte(o.type());
        out.writeByte(o.value());
        registry.writeTlvs(o.tlvs(), out);
    }
}
