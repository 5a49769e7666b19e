package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;

/** PATH-SETUP-TYPE, type 28 (RFC 8408 §4, Figure 2): Reserved (24), PST (8). */
public final class PathSetupTypeCodec extends BaseTlvCodec<PathSetupTypeTlv> {
    public PathSetupTypeCodec() {
        super(PathSetupTypeTlv.class, "PATH-SETUP-TYPE", 28);
    }

    @Override
    public PathSetupTypeTlv parse(ByteBuf value, DecodeContext ctx) {
        value.skipBytes(3);
        return new PathSetupTypeTlv(value.readUnsignedByte());
    }

    @Override
    public void writeValue(PathSetupTypeTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeMedium(0);
        out.writeByte(t.pathSetupType());
    }
}
