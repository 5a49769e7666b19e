package org.pathwise.session.limits;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.PcepFrame;

/**
 * The slowloris guard. Watches message boundaries in the byte stream (at the head of the
 * pipeline, before TLS and the frame decoder) without copying or consuming anything, and drops
 * the connection when
 * <ul>
 *   <li>no complete message arrived within {@code first-message-timeout} of the connection, or
 *   <li>a started message stays incomplete longer than {@code partial-read-grace} while its
 *       bytes have arrived slower than {@code min-partial-read-rate} on average.
 * </ul>
 * Complete messages cost nothing: a timer exists only while a message is partial, so 20,000
 * idle sessions schedule nothing. The 60 s OpenWait timer (RFC 5440 §6.2) would otherwise let a
 * peer trickling one byte per second hold a socket for a minute, and for ever once Up.
 */
public final class SlowReadGuard extends ChannelInboundHandlerAdapter {
    private static final int OPEN_TYPE = 1;
    private static final int KEEPALIVE_TYPE = 2;
    private static final int START_TLS_TYPE = 13;
    private static final int TLS_HEADER_LENGTH = 5;
    private static final int TLS_LENGTH_OFFSET = 3;
    private static final int TLS_FIRST_RECORD_TYPE = 20; // change_cipher_spec
    private static final int TLS_LAST_RECORD_TYPE = 23; // application_data

    private final LimitSettings settings;
    private final LimitCounters counters;

    private boolean inMessage;
    private int headerSeen;
    private int lengthHigh;
    private int remaining;
    private long messageStart;
    private long messageBytes;
    private boolean framingLost;
    private int messageType;
    private boolean tlsRecord;
    private boolean peerStartedTls;
    private boolean peerSentOpen;
    private boolean firstComplete;
    private ScheduledFuture<?> firstDeadline;
    private ScheduledFuture<?> rateCheck;

    public SlowReadGuard(LimitSettings settings, LimitCounters counters) {
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            start(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        start(ctx);
        ctx.fireChannelActive();
    }

    private void start(ChannelHandlerContext ctx) {
        if (firstDeadline == null && !firstComplete) {
            firstDeadline = ctx.executor().schedule(() -> {
                if (!firstComplete) {
                    drop(ctx, Limit.FIRST_MESSAGE_TIMEOUT, "no complete message after "
                            + settings.firstMessageTimeout().toMillis() + " ms");
                }
            }, settings.firstMessageTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf && !framingLost) {
            walk(ctx, buf, ctx.executor().ticker().nanoTime());
            if (inMessage && rateCheck == null) {
                scheduleRateCheck(ctx, messageStart + settings.partialReadGrace().toNanos());
            }
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * Advances over the message boundaries in {@code buf}: PCEP messages (RFC 5440 §6.1, the
     * length counts the 4-byte header) and, once the peer sent StartTLS, TLS records (RFC 8446
     * §5.1, a 5-byte header whose length excludes it): the guard sits before the TLS handler, so
     * the handshake and the encrypted stream are paced too.
     */
    private void walk(ChannelHandlerContext ctx, ByteBuf buf, long now) {
        int index = buf.readerIndex();
        int left = buf.readableBytes();
        while (left > 0) {
            if (!inMessage) {
                inMessage = true;
                headerSeen = 0;
                messageStart = now;
                messageBytes = 0;
            }
            int headerLength = tlsRecord ? TLS_HEADER_LENGTH : PcepFrame.HEADER_LENGTH;
            if (headerSeen < headerLength) {
                int b = buf.getUnsignedByte(index++);
                left--;
                messageBytes++;
                if (headerSeen == 0) {
                    tlsRecord = peerStartedTls && b >= TLS_FIRST_RECORD_TYPE && b <= TLS_LAST_RECORD_TYPE;
                    headerLength = tlsRecord ? TLS_HEADER_LENGTH : PcepFrame.HEADER_LENGTH;
                } else if (headerSeen == 1) {
                    messageType = b;
                }
                int lengthOffset = tlsRecord ? TLS_LENGTH_OFFSET : PcepFrame.LENGTH_FIELD_OFFSET;
                if (headerSeen == lengthOffset) {
                    lengthHigh = b;
                } else if (headerSeen == lengthOffset + 1) {
                    int length = lengthHigh << 8 | b;
                    if (!tlsRecord && length < PcepFrame.HEADER_LENGTH) {
                        // The frame decoder closes the session (malformed, close reason 3).
                        framingLost = true;
                        inMessage = false;
                        return;
                    }
                    remaining = tlsRecord ? length : length - PcepFrame.HEADER_LENGTH;
                }
                headerSeen++;
                if (headerSeen == headerLength && remaining == 0) {
                    complete(ctx);
                }
                continue;
            }
            int take = Math.min(left, remaining);
            index += take;
            left -= take;
            remaining -= take;
            messageBytes += take;
            if (remaining == 0) {
                complete(ctx);
            }
        }
    }

    private void complete(ChannelHandlerContext ctx) {
        inMessage = false;
        if (!tlsRecord) {
            switch (messageType) {
                case START_TLS_TYPE -> peerStartedTls = true;
                case OPEN_TYPE -> peerSentOpen = true;
                // The peer accepted our Open after sending its own: its side of the Open exchange
                // is complete (RFC 5440 §6.2), it stops counting as a pending connection.
                case KEEPALIVE_TYPE -> {
                    if (peerSentOpen) {
                        AcceptGate.established(ctx.channel());
                    }
                }
                default -> { }
            }
        }
        if (!firstComplete) {
            firstComplete = true;
            if (firstDeadline != null) {
                firstDeadline.cancel(false);
            }
        }
    }

    private void scheduleRateCheck(ChannelHandlerContext ctx, long atNanos) {
        long delay = Math.max(0, atNanos - ctx.executor().ticker().nanoTime());
        rateCheck = ctx.executor().schedule(() -> checkRate(ctx), delay, TimeUnit.NANOSECONDS);
    }

    private void checkRate(ChannelHandlerContext ctx) {
        rateCheck = null;
        if (!inMessage || !ctx.channel().isActive()) {
            return;
        }
        long now = ctx.executor().ticker().nanoTime();
        long elapsed = now - messageStart;
        double rate = messageBytes * 1e9 / Math.max(1, elapsed);
        if (elapsed >= settings.partialReadGrace().toNanos() && rate < settings.minPartialReadRate()) {
            drop(ctx, Limit.SLOW_READ, String.format("%d bytes of a message in %.1f s (%.1f B/s, minimum %d B/s)",
                    messageBytes, elapsed / 1e9, rate, settings.minPartialReadRate()));
        } else {
            scheduleRateCheck(ctx, now + TimeUnit.SECONDS.toNanos(1));
        }
    }

    private void drop(ChannelHandlerContext ctx, Limit limit, String detail) {
        counters.triggered(limit, ctx.channel().remoteAddress(), detail);
        ctx.close();
    }

    private void cancel() {
        if (firstDeadline != null) {
            firstDeadline.cancel(false);
        }
        if (rateCheck != null) {
            rateCheck.cancel(false);
            rateCheck = null;
        }
    }
}
