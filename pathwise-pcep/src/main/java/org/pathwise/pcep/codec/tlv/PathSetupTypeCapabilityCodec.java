package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.tlv.PathSetupTypeCapabilityTlv;

/**
 * PATH-SETUP-TYPE-CAPABILITY, type 34 (RFC 8408 §3, Figure 1):
 * <pre>
 * | Reserved (24) | Num of PSTs (8) |
 * | PST#1 (8) | ... | PST#N (8) | padding to 4 |
 * // Optional sub-TLVs //
 * </pre>
 */
public final class PathSetupTypeCapabilityCodec extends BaseTlvCodec<PathSetupTypeCapabilityTlv> {
    public PathSetupTypeCapabilityCodec() {
        super(PathSetupTypeCapabilityTlv.class, "PATH-SETUP-TYPE-CAPABILITY", 34);
    }

    @Override
    public PathSetupTypeCapabilityTlv parse(ByteBuf value, DecodeContext ctx) {
        value.skipBytes(3);
        int count = value.readUnsignedByte();
        int padded = (count + 3) & ~3;
        if (padded > value.readableBytes()) {
            throw ctx.malformed(value, count + " path setup types do not fit in the TLV");
        }
        List<Integer> psts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            psts.add((int) value.readUnsignedByte());
        }
        value.skipBytes(padded - count);
        return new PathSetupTypeCapabilityTlv(psts, ctx.readTlvs(value));
    }

    @Override
    public void writeValue(PathSetupTypeCapabilityTlv t, ByteBuf out, CodecRegistry registry) {
        List<Integer> psts = t.pathSetupTypes();
        out.writeMedium(0);
        out.writeByte(psts.size());
        psts.forEach(out::writeByte);
        out.writeZero(-psts.size() & 3);
        registry.writeTlvs(t.subTlvs(), out);
    }
}
