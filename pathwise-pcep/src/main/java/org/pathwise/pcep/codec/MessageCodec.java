package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.message.Message;

/**
 * One message type: its grammar (object list → message record, checked against the RFC's RBNF)
 * and how the record's objects are written in order.
 */
public interface MessageCodec<M extends Message> {

    Class<M> modelType();

    /** The IANA short name, e.g. "PCRpt". */
    String name();

    int messageType();

    /** Builds the message from its objects, or throws through {@code ctx}'s error helpers. */
    M build(ObjectList objects, DecodeContext ctx);

    /** Writes the objects of {@code message} in order (the registry writes the common header). */
    void writeObjects(M message, ByteBuf out, CodecRegistry registry);
}
