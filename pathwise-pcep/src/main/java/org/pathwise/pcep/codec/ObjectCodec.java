package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;

/**
 * Parser and serializer of one object record. Registered by object class and type(s) for
 * parsing and by record type for writing; the registry handles the common header, lengths and
 * the P-flag rule for unknown objects.
 */
public interface ObjectCodec<T extends PcepObject> {

    Class<T> modelType();

    /** The IANA object name (e.g. "END-POINTS"), for diagnostics and JSON. */
    String name();

    int objectClass();

    /** The object types this codec parses. */
    int[] objectTypes();

    /** The object type to write for this value. */
    int objectType(T object);

    /**
     * Parses the body ({@code body.readerIndex()} to {@code body.writerIndex()}); must consume it
     * all. Reading past the end is reported as a malformed object.
     */
    T parse(ObjectFlags flags, int objectType, ByteBuf body, DecodeContext ctx);

    /** Writes the body (without header) at {@code out.writerIndex()}. */
    void writeBody(T object, ByteBuf out, CodecRegistry registry);
}
