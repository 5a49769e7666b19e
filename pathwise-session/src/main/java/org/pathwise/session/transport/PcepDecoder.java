package org.pathwise.session.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepFrame;

/**
 * Splits the byte stream into messages on the common header's length (RFC 5440 §6.1) and decodes
 * each with the codec, emitting {@link DecodeResult}s: bad input travels as a value.
 *
 * <ul>
 *   <li>A declared length below 4 breaks framing for good: the header goes to the codec (which
 *       reports a malformed message, Close reason 3) and nothing after it is read.</li>
 *   <li>A message longer than the configured maximum is skipped as it streams in and reported as
 *       an unprocessable message, counted like an unrecognized one.</li>
 *   <li>After a StartTLS message decoding pauses: the bytes behind it are TLS records that must go
 *       through the TLS handler first ({@link #drainForTls}).</li>
 * </ul>
 */
final class PcepDecoder extends ByteToMessageDecoder {
    private static final int START_TLS_TYPE = 13;

    private final PcepCodec codec;
    private final int maxMessageSize;
    private long discarding;
    private boolean pausedForTls;
    private boolean broken;

    PcepDecoder(PcepCodec codec, int maxMessageSize) {
        this.codec = codec;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (broken) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (pausedForTls) {
            return;
        }
        if (discarding > 0) {
            int skip = (int) Math.min(discarding, in.readableBytes());
            in.skipBytes(skip);
            discarding -= skip;
            return;
        }
        int length = PcepFrame.declaredLength(in);
        if (length < 0) {
            return;
        }
        if (length < PcepFrame.HEADER_LENGTH) {
            broken = true;
            out.add(codec.decode(in.readSlice(PcepFrame.HEADER_LENGTH)));
            return;
        }
        if (length > maxMessageSize) {
            int type = PcepFrame.messageType(in);
            discarding = length;
            out.add(new DecodeResult.Failed(new DecodeError(DecodeError.Kind.UNKNOWN_MESSAGE, 0, 0,
                    PcepFrame.LENGTH_FIELD_OFFSET, "message of " + length + " bytes exceeds the maximum of "
                            + maxMessageSize, type, Optional.empty(), Optional.empty())));
            return;
        }
        if (in.readableBytes() < length) {
            return;
        }
        int type = PcepFrame.messageType(in);
        out.add(codec.decode(in.readSlice(length)));
        if (type == START_TLS_TYPE) {
            pausedForTls = true;
        }
    }

    /**
     * Resumes decoding after the TLS handler was inserted in front of this one, returning the raw
     * bytes received after the StartTLS message so they can be fed through the TLS handler.
     */
    ByteBuf drainForTls(ChannelHandlerContext ctx) {
        pausedForTls = false;
        ByteBuf pending = internalBuffer();
        ByteBuf copy = ctx.alloc().buffer(pending.readableBytes());
        copy.writeBytes(pending);
        return copy;
    }
}
