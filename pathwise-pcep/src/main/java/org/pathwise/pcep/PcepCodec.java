package org.pathwise.pcep;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.MessageReader;
import org.pathwise.pcep.codec.StandardRegistrations;
import org.pathwise.pcep.message.Message;

/**
 * The PCEP wire codec: bytes of one message ↔ a {@link Message} record. Immutable and thread-safe;
 * share one instance ({@link #standard()}).
 */
public final class PcepCodec {
    private static final PcepCodec STANDARD = new PcepCodec(StandardRegistrations.registry());

    private final CodecRegistry registry;

    public PcepCodec(CodecRegistry registry) {
        this.registry = registry;
    }

    /** Every message, object, TLV and sub-object Pathwise knows. */
    public static PcepCodec standard() {
        return STANDARD;
    }

    public CodecRegistry registry() {
        return registry;
    }

    /**
     * Decodes exactly one complete message: all readable bytes of {@code frame} (as split by a
     * frame decoder on the common header's length). Consumes those bytes. Never throws, never
     * returns null.
     */
    public DecodeResult decode(ByteBuf frame) {
        return MessageReader.decode(registry, frame);
    }

    public DecodeResult decode(byte[] message) {
        return decode(Unpooled.wrappedBuffer(message));
    }

    /**
     * Appends the message's wire bytes to {@code out}. Throws IllegalArgumentException for a
     * model that cannot be encoded (over 65535 bytes, a sub-object over 255 bytes, an
     * unregistered record type): a programming error, never a peer's.
     */
    public void encode(Message message, ByteBuf out) {
        registry.writeMessage(message, out);
    }

    public byte[] encode(Message message) {
        ByteBuf out = Unpooled.buffer(256);
        encode(message, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
