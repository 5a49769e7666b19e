package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import java.util.Optional;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.pcep.message.Message;

/** Decodes one framed message: common header checks, objects, then the message's grammar. */
public final class MessageReader {
    private static final ErrorCode NO_PCERR = new ErrorCode(0, 0, "no PCErr applies");

    private MessageReader() {}

    /**
     * Decodes the message occupying all readable bytes of {@code frame} and consumes them. Never
     * throws and never returns null.
     */
    public static DecodeResult decode(CodecRegistry registry, ByteBuf frame) {
        int base = frame.readerIndex();
        int readable = frame.readableBytes();
        try {
            return decode(registry, frame, base, readable);
        } finally {
            // Parsing narrows the frame's writer index; whatever happened, leave it consumed and whole.
            frame.setIndex(base + readable, base + readable);
        }
    }

    private static DecodeResult decode(CodecRegistry registry, ByteBuf frame, int base, int readable) {
        if (readable < PcepFrame.HEADER_LENGTH) {
            return fail(DecodeError.Kind.MALFORMED_MESSAGE, NO_PCERR, 0,
                    "message of " + readable + " bytes is shorter than the 4-byte common header", 0);
        }
        int version = frame.getUnsignedByte(base) >>> 5;
        int type = frame.getUnsignedByte(base + 1);
        int length = frame.getUnsignedShort(base + 2);
        if (version != PcepFrame.VERSION) {
            // RFC 5440 §6.1: Ver is 1. Nothing after a foreign version can be trusted.
            return fail(DecodeError.Kind.MALFORMED_MESSAGE, PcepErrors.VERSION_NOT_SUPPORTED, 0,
                    "PCEP version " + version + " (only version 1 exists)", type);
        }
        if (length != readable) {
            return fail(DecodeError.Kind.MALFORMED_MESSAGE, NO_PCERR, 2, "Message-Length field says " + length
                    + " bytes but the message has " + readable, type);
        }
        MessageCodec<?> codec = registry.messageCodec(type);
        if (codec == null) {
            return fail(DecodeError.Kind.UNKNOWN_MESSAGE, NO_PCERR, 1, "unknown message type " + type, type);
        }
        DecodeContext ctx = new DecodeContext(registry, frame, base, type);
        try {
            ObjectList objects = ctx.readObjects(base + PcepFrame.HEADER_LENGTH, base + length);
            Message message = codec.build(objects, ctx);
            return new DecodeResult.Decoded(message);
        } catch (PcepDecodeException e) {
            return new DecodeResult.Failed(new DecodeError(e.kind, e.code.type(), e.code.value(), e.index,
                    codec.name() + ": " + e.getMessage(), type, Optional.ofNullable(e.request),
                    Optional.ofNullable(e.stateRequest)));
        } catch (IndexOutOfBoundsException e) {
            // A parser read past the end of its object, TLV or sub-object.
            return fail(DecodeError.Kind.PROTOCOL_ERROR, PcepErrors.MALFORMED_OBJECT, ctx.currentOffset(),
                    codec.name() + ": field runs past the end of its object, TLV or sub-object", type);
        } catch (RuntimeException e) {
            // Defensive: no parser bug may escape to the event loop.
            return fail(DecodeError.Kind.PROTOCOL_ERROR, PcepErrors.MALFORMED_OBJECT, ctx.currentOffset(),
                    codec.name() + ": undecodable content (" + e + ")", type);
        }
    }

    private static DecodeResult fail(DecodeError.Kind kind, ErrorCode code, int offset, String detail, int type) {
        return new DecodeResult.Failed(new DecodeError(kind, code.type(), code.value(), offset, detail, type,
                Optional.empty(), Optional.empty()));
    }
}
