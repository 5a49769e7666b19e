package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;

/**
 * OF, class 21 type 1 (RFC 5541 §3.2, Figure 2):
 * <pre>
 * | OF Code (16) | Reserved (16) |
 * // Optional TLVs //
 * </pre>
 */
public final class ObjectiveFunctionCodec extends BaseObjectCodec<ObjectiveFunction> {
    public ObjectiveFunctionCodec() {
        super(ObjectiveFunction.class, "OF", 21, 1);
    }

    @Override
    public ObjectiveFunction parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        int code = body.readUnsignedShort();
        body.skipBytes(2);
        return new ObjectiveFunction(flags, code, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(ObjectiveFunction o, ByteBuf out, CodecRegistry registry) {
        out.writeShort(o.code());
        out.writeShort(0);
        registry.writeTlvs(o.tlvs(), out);
    }
}
