package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.UnnumberedInterfaceSubobject;

/**
 * Unnumbered interface id, type 4 (RFC 3477 §4; RRO §5; XRO RFC 5521 §2.1.3):
 * <pre>
 * |L|Type (7)|Length=12|Reserved or RRO Flags (8)|Reserved or XRO Attribute (8)|
 * | TE Router ID (32) | Interface ID (32) |
 * </pre>
 */
public final class UnnumberedInterfaceCodec extends BaseSubobjectCodec<UnnumberedInterfaceSubobject> {
    public UnnumberedInterfaceCodec() {
        super(UnnumberedInterfaceSubobject.class, "unnumbered interface", 4);
    }

    @Override
    public UnnumberedInterfaceSubobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        return new UnnumberedInterfaceSubobject(loose, body.readUnsignedByte(), body.readUnsignedByte(),
                Wire.readIpv4(body), body.readUnsignedInt());
    }

    @Override
    public void writeBody(UnnumberedInterfaceSubobject s, ByteBuf out) {
        out.writeByte(s.flags());
        out.writeByte(s.attribute());
        Wire.writeIpv4(out, s.routerId());
        out.writeInt((int) s.interfaceId());
    }
}
