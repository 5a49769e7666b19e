package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.subobject.Subobject;

/** Parser and serializer of one ERO/RRO/IRO/XRO sub-object record; the registry writes L|Type and Length. */
public interface SubobjectCodec<T extends Subobject> {

    Class<T> modelType();

    String name();

    /** The sub-object types this codec parses. */
    int[] types();

    int type(T subobject);

    /** Parses the body after the 2-byte sub-object header; must consume it all. */
    T parse(boolean loose, int type, ByteBuf body, DecodeContext ctx);

    void writeBody(T subobject, ByteBuf out);
}
