package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.tlv.Tlv;

/** Decodes and encodes single objects, TLVs and sub-objects, outside any message. */
public final class WireFixture {
    static final CodecRegistry REGISTRY = PcepCodec.standard().registry();

    private WireFixture() {}

    private static DecodeContext context(ByteBuf buf) {
        return new DecodeContext(REGISTRY, buf, 0, 0);
    }

    public static List<PcepObject> decodeObjects(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        ObjectList list = context(buf).readObjects(0, bytes.length);
        return list.copy(0, list.size());
    }

    public static List<Tlv> decodeTlvs(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        return context(buf).readTlvs(buf);
    }

    public static List<Subobject> decodeSubobjects(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        return context(buf).readSubobjects(buf);
    }

    public static byte[] encode(PcepObject object) {
        ByteBuf out = Unpooled.buffer();
        REGISTRY.writeObject(object, out);
        return bytes(out);
    }

    public static byte[] encode(Tlv tlv) {
        ByteBuf out = Unpooled.buffer();
        REGISTRY.writeTlvs(List.of(tlv), out);
        return bytes(out);
    }

    public static byte[] encode(Subobject s) {
        ByteBuf out = Unpooled.buffer();
        REGISTRY.writeSubobjects(List.of(s), out);
        return bytes(out);
    }

    private static byte[] bytes(ByteBuf out) {
        byte[] b = new byte[out.readableBytes()];
        out.readBytes(b);
        return b;
    }
}
