package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.tlv.Srv6PceCapabilityTlv;

/**
 * SRv6-PCE-CAPABILITY, type 27 (RFC 9603 §4.1.1, Figure 2):
 * <pre>
 * | Reserved (16) | Flags (16): ...N (bit 14) . |
 * | MSD-Type (8) | MSD-Value (8) | ... padded to 4 |
 * </pre>
 * A trailing zero pair is padding and is not an MSD entry.
 */
public final class Srv6PceCapabilityCodec extends BaseTlvCodec<Srv6PceCapabilityTlv> {
    private static final int N = 0x0002;

    public Srv6PceCapabilityCodec() {
        super(Srv6PceCapabilityTlv.class, "SRv6-PCE-CAPABILITY", 27);
    }

    @Override
    public Srv6PceCapabilityTlv parse(ByteBuf value, DecodeContext ctx) {
        value.skipBytes(2);
        int f = value.readUnsignedShort();
        List<Srv6PceCapabilityTlv.Msd> msds = new ArrayList<>(value.readableBytes() / 2);
        while (value.readableBytes() >= 2) {
            int type = value.readUnsignedByte();
            int msd = value.readUnsignedByte();
            if (type != 0 || msd != 0) {
                msds.add(new Srv6PceCapabilityTlv.Msd(type, msd));
            }
        }
        return new Srv6PceCapabilityTlv((f & N) != 0, msds);
    }

    @Override
    public void writeValue(Srv6PceCapabilityTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeShort(t.naiResolution() ? N : 0);
        for (Srv6PceCapabilityTlv.Msd m : t.msds()) {
            out.writeByte(m.type());
            out.writeByte(m.value());
        }
        if ((t.msds().size() & 1) != 0) {
            out.writeShort(0); // RFC 9603: pad the pairs to a 4-byte boundary
        }
    }
}
