package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;

/**
 * SR-PCE-CAPABILITY, type 26 (RFC 8664 §4.1.2, Figure 1; also the deprecated top-level TLV):
 * <pre>
 * | Reserved (16) | Flags (8): ...N X | MSD (8) |
 * </pre>
 */
public final class SrPceCapabilityCodec extends BaseTlvCodec<SrPceCapabilityTlv> {
    private static final int X = 0x01;
    private static final int N = 0x02;

    public SrPceCapabilityCodec() {
        super(SrPceCapabilityTlv.class, "SR-PCE-CAPABILITY", 26);
    }

    @Override
    public SrPceCapabilityTlv parse(ByteBuf value, DecodeContext ctx) {
        value.skipBytes(2);
        int f = value.readUnsignedByte();
        return new SrPceCapabilityTlv((f & N) != 0, (f & X) != 0, value.readUnsignedByte());
    }

    @Override
    public void writeValue(SrPceCapabilityTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeShort(0);
        out.writeByte((t.naiResolution() ? N : 0) | (t.unlimitedMsd() ? X : 0));
        out.writeByte(t.maxSidDepth());
    }
}
