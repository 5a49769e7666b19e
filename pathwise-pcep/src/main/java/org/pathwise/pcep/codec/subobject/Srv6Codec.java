package org.pathwise.pcep.codec.subobject;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseSubobjectCodec;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.Wire;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.Srv6Subobject;
import org.pathwise.pcep.types.Ipv6Address;

/**
 * SRv6-ERO / SRv6-RRO, type 40 (RFC 9603 §4.3.1, Figure 4; §4.4):
 * <pre>
 * |L|Type=40 (7)|Length (8)| NT (4) | Flags (12): ...V T F S |
 * |        Reserved (16)      |  Endpoint Behavior (16)     |
 * |                 SRv6 SID (128, optional)                |
 * //                NAI (variable, optional)                //
 * |  LB Len (8) | LN Len (8) | Fun Len (8) | Arg Len (8) | Reserved (24) | Flags (8) | (SID structure, optional)
 * </pre>
 */
public final class Srv6Codec extends BaseSubobjectCodec<Srv6Subobject> {
    private static final int S = 0x001;
    private static final int F = 0x002;
    private static final int T = 0x004;
    private static final int V = 0x008;

    public Srv6Codec() {
        super(Srv6Subobject.class, "SRv6", 40);
    }

    @Override
    public Srv6Subobject parse(boolean loose, int type, ByteBuf body, DecodeContext ctx) {
        int at = body.readerIndex();
        int word = body.readUnsignedShort();
        int nt = word >>> 12;
        int f = word & 0xfff;
        NaiType naiType = NaiType.of(nt);
        if (naiType == null) {
            throw ctx.errorAt(PcepErrors.UNSUPPORTED_NAI_TYPE, at, "SRv6 sub-object with unassigned NAI type " + nt);
        }
        boolean sidAbsent = (f & S) != 0;
        boolean naiAbsent = (f & F) != 0 || naiType == NaiType.ABSENT;
        boolean structure = (f & T) != 0;
        int expected = 4 + (sidAbsent ? 0 : 16) + (naiAbsent ? 0 : naiType.length) + (structure ? 8 : 0);
        if (body.readableBytes() != expected) {
            throw ctx.malformed(body, "SRv6 sub-object length " + (body.readableBytes() + 4)
                    + " is inconsistent with NT " + nt + " and flags 0x" + Integer.toHexString(f)
                    + " (expected " + (expected + 4) + ")");
        }
        body.skipBytes(2); // Reserved
        int behavior = body.readUnsignedShort();
        Ipv6Address sid = sidAbsent ? null : Wire.readIpv6(body);
        Nai nai = naiAbsent ? null : NaiCodec.read(naiType, body, ctx);
        Srv6Subobject.SidStructure st = null;
        if (structure) {
            st = new Srv6Subobject.SidStructure(body.readUnsignedByte(), body.readUnsignedByte(),
                    body.readUnsignedByte(), body.readUnsignedByte());
            body.skipBytes(4); // Reserved (24), Flags (8): none assigned
        }
        return new Srv6Subobject(loose, naiType, (f & V) != 0, behavior, sid, nai, st);
    }

    @Override
    public void writeBody(Srv6Subobject s, ByteBuf out) {
        int f = (s.sid() == null ? S : 0) | (s.nai() == null ? F : 0) | (s.structure() != null ? T : 0)
                | (s.verifySid() ? V : 0);
        out.writeShort(s.naiType().code << 12 | f);
        out.writeShort(0);
        out.writeShort(s.endpointBehavior());
        if (s.sid() != null) {
            Wire.writeIpv6(out, s.sid());
        }
        if (s.nai() != null) {
            NaiCodec.write(s.nai(), out);
        }
        if (s.structure() != null) {
            Srv6Subobject.SidStructure st = s.structure();
            out.writeByte(st.locatorBlockLength());
            out.writeByte(st.locatorNodeLength());
            out.writeByte(st.functionLength());
            out.writeByte(st.argumentLength());
            out.writeInt(0);
        }
    }
}
