package org.pathwise.session.security;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.message.Message;

/**
 * Test-side tap at the socket end of a client pipeline: records every byte the peer sent, and
 * once anything asks to close (a failed TLS handshake does) keeps the socket open and reads on
 * for three seconds (or until the peer closes), so what the peer sends after its TLS alert is
 * captured even when the local side would have hung up on the alert.
 */
final class RawRecorder extends ChannelDuplexHandler {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Void> peerClosed = new CompletableFuture<>();
    private boolean closeRequested;

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        peerClosed.complete(null);
        ctx.fireChannelInactive();
    }

    /** Completes when the connection is gone: everything the peer sent is in {@link #bytes}. */
    CompletableFuture<Void> peerClosed() {
        return peerClosed;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        synchronized (bytes) {
            bytes.writeBytes(ByteBufUtil.getBytes(buf));
        }
        if (closeRequested) {
            buf.release();
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        // Every close (the TLS handler's after an alert, then the session's) waits for the one
        // real close: the peer's FIN, or three seconds. The peer's last words follow its TLS alert.
        ctx.channel().closeFuture().addListener(f -> promise.trySuccess());
        if (closeRequested) {
            return;
        }
        closeRequested = true;
        ctx.channel().config().setAutoRead(true);
        ctx.executor().schedule(() -> ctx.close(), 3, TimeUnit.SECONDS);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // TLS failures are expected here; the test asserts on the bytes.
    }

    byte[] bytes() {
        synchronized (bytes) {
            return bytes.toByteArray();
        }
    }

    /**
     * The peer's byte stream cut into its units, in order: {@code "tls <record type>"} for a TLS
     * record (RFC 8446 §5.1), {@code "pcep <hex>"} for a PCEP message (RFC 5440 §6.1).
     */
    List<String> units() {
        byte[] b = bytes();
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i + 4 <= b.length) {
            int length;
            if (i + 5 <= b.length && b[i] >= 20 && b[i] <= 23 && b[i + 1] == 3) {
                length = 5 + ((b[i + 3] & 0xff) << 8 | (b[i + 4] & 0xff));
                units.add("tls " + b[i]);
            } else {
                length = Math.max(4, (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff));
                units.add("pcep " + java.util.HexFormat.of().formatHex(b, i, Math.min(b.length, i + length)));
            }
            i += length;
        }
        return units;
    }

    /**
     * The PCEP messages the peer sent in the clear, in order: the bytes are walked as TLS records
     * (RFC 8446 §5.1: type 20..23, version 3.x, 16-bit length), which are skipped, and PCEP
     * messages (RFC 5440 §6.1 common header), which are decoded.
     */
    List<Message> clearText() {
        byte[] b = bytes();
        List<Message> messages = new ArrayList<>();
        int i = 0;
        while (i + 5 <= b.length) {
            int length;
            if (b[i] >= 20 && b[i] <= 23 && b[i + 1] == 3) {
                length = 5 + ((b[i + 3] & 0xff) << 8 | (b[i + 4] & 0xff));
            } else {
                length = Math.max(4, (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff));
                byte[] one = Arrays.copyOfRange(b, i, Math.min(b.length, i + length));
                if (PcepCodec.standard().decode(one) instanceof DecodeResult.Decoded d) {
                    messages.add(d.message());
                }
            }
            i += length;
        }
        if (i + 4 == b.length && PcepCodec.standard().decode(Arrays.copyOfRange(b, i, i + 4)) instanceof DecodeResult.Decoded d) {
            messages.add(d.message()); // a lone 4-byte message at the very end
        }
        return messages;
    }
}
