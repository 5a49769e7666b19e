package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.AutoBandwidthCapabilityTlv;

/** AUTO-BANDWIDTH-CAPABILITY, type 36 (RFC 8733 §4.1, Figure 1): Flags (32), none assigned. */
public final class AutoBandwidthCapabilityCodec extends BaseTlvCodec<AutoBandwidthCapabilityTlv> {
    public AutoBandwidthCapabilityCodec() {
        super(AutoBandwidthCapabilityTlv.class, "AUTO-BANDWIDTH-CAPABILITY", 36);
    }

    @Override
    public AutoBandwidthCapabilityTlv parse(ByteBuf value, DecodeContext ctx) {
        return new AutoBandwidthCapabilityTlv(value.readInt());
    }

    @Override
    public void writeValue(AutoBandwidthCapabilityTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt(t.unassignedFlags());
    }
}
