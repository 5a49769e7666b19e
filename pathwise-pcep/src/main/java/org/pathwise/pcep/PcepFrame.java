package org.pathwise.pcep;

import io.netty.buffer.ByteBuf;

/**
 * Framing of the PCEP byte stream (RFC 5440 §6.1): each message starts with a 4-byte common
 * header whose bytes 2–3 are the total message length.
 */
public final class PcepFrame {
    private PcepFrame() {}

    public static final int HEADER_LENGTH = 4;
    /** The largest message the 16-bit length field allows. */
    public static final int MAX_MESSAGE_LENGTH = 65535;
    public static final int LENGTH_FIELD_OFFSET = 2;
    public static final int LENGTH_FIELD_LENGTH = 2;
    public static final int VERSION = 1;

    /**
     * The declared length of the message starting at {@code buf.readerIndex()}, or -1 when fewer
     * than 4 bytes are readable. Does not move the reader index. A value below 4 is a framing
     * error the caller must treat as malformed (close reason 3).
     */
    public static int declaredLength(ByteBuf buf) {
        if (buf.readableBytes() < HEADER_LENGTH) {
            return -1;
        }
        return buf.getUnsignedShort(buf.readerIndex() + LENGTH_FIELD_OFFSET);
    }

    /** The message type at {@code buf.readerIndex()}, or -1 when fewer than 2 bytes are readable. */
    public static int messageType(ByteBuf buf) {
        return buf.readableBytes() < 2 ? -1 : buf.getUnsignedByte(buf.readerIndex() + 1);
    }
}
