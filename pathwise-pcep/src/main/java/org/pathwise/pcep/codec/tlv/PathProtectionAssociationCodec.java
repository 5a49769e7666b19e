package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.PathProtectionAssociationTlv;

/**
 * PATH-PROTECTION-ASSOCIATION-GROUP, type 38 (RFC 8745 §3.2, Figure 2):
 * <pre>
 * | PT (6) | Unassigned Flags (24) | S | P |
 * </pre>
 */
public final class PathProtectionAssociationCodec extends BaseTlvCodec<PathProtectionAssociationTlv> {
    private static final int P = 0x1;
    private static final int S = 0x2;

    public PathProtectionAssociationCodec() {
        super(PathProtectionAssociationTlv.class, "PATH-PROTECTION-ASSOCIATION-GROUP", 38);
    }

    @Override
    public PathProtectionAssociationTlv parse(ByteBuf value, DecodeContext ctx) {
        int word = value.readInt();
        return new PathProtectionAssociationTlv(word >>> 26, (word & P) != 0, (word & S) != 0);
    }

    @Override
    public void writeValue(PathProtectionAssociationTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((t.protectionType() & 0x3f) << 26 | (t.secondary() ? S : 0) | (t.protecting() ? P : 0));
    }
}
