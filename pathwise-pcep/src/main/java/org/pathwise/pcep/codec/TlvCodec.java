package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.tlv.Tlv;

/** Parser and serializer of one TLV record; the registry writes type, length and padding. */
public interface TlvCodec<T extends Tlv> {

    Class<T> modelType();

    String name();

    int type();

    /** Parses the value (exactly the TLV's Length bytes); must consume it all. */
    T parse(ByteBuf value, DecodeContext ctx);

    void writeValue(T tlv, ByteBuf out, CodecRegistry registry);
}
