package org.pathwise.pcep.codec.object;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseObjectCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.EndpointsGeneralized;

/**
 * END-POINTS generalized, class 4 type 5 (RFC 8779 §2.5, Figure 4):
 * <pre>
 * | Reserved (24) | Endpoint Type (8) |
 * // TLVs //
 * </pre>
 */
public final class EndpointsGeneralizedCodec extends BaseObjectCodec<EndpointsGeneralized> {
    public EndpointsGeneralizedCodec() {
        super(EndpointsGeneralized.class, "END-POINTS", 4, 5);
    }

    @Override
    public EndpointsGeneralized parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx) {
        body.skipBytes(3); // Reserved
        int endpointType = body.readUnsignedByte();
        return new EndpointsGeneralized(flags, endpointType, ctx.readTlvs(body));
    }

    @Override
    public void writeBody(EndpointsGeneralized o, ByteBuf out, CodecRegistry registry) {
        out.writeMedium(0);
        out.writeByte(o.endpointType());
        registry.writeTlvs(o.tlvs(), out);
    }
}
