package org.pathwise.session.limits;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.PcepFrame;

/**
 * The slowloris guard. Watches message boundaries in the plaintext byte stream (it sits after the
 * TLS handler, before the frame decoder) without copying or consuming anything, and drops the
 * connection when
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
    private final LimitSettings settings;
    private final LimitCounters counters;

    private boolean inMessage;
    private int headerSeen;
    private int lengthHigh;
    private int remaining;
    private long messageStart;
    private long messageBytes;
    private boolean framingLost;
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
            walk(buf, ctx.executor().ticker().nanoTime());
            if (inMessage && rateCheck == null) {
                scheduleRateCheck(ctx, messageStart + settings.partialReadGrace().toNanos());
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Advances over the message boundaries in {@code buf} (RFC 5440 §6.1 common header length). */
    private void walk(ByteBuf buf, long now) {
        int index = buf.readerIndex();
        int left = buf.readableBytes();
        while (left > 0) {
            if (!inMessage) {
                inMessage = true;
                headerSeen = 0;
                messageStart = now;
                messageBytes = 0;
            }
            if (headerSeen < PcepFrame.HEADER_LENGTH) {
                int b = buf.getUnsignedByte(index++);
                left--;
                messageBytes++;
                if (headerSeen == PcepFrame.LENGTH_FIELD_OFFSET) {
                    lengthHigh = b;
                } else if (headerSeen == PcepFrame.LENGTH_FIELD_OFFSET + 1) {
                    int length = lengthHigh << 8 | b;
                    if (length < PcepFrame.HEADER_LENGTH) {
                        // The frame decoder closes the session (malformed, close reason 3).
                        framingLost = true;
                        inMessage = false;
                        return;
                    }
                    remaining = length - PcepFrame.HEADER_LENGTH;
                }
                headerSeen++;
                if (headerSeen == PcepFrame.HEADER_LENGTH && remaining == 0) {
                    complete();
                }
                continue;
            }
            int take = Math.min(left, remaining);
            index += take;
            left -= take;
            remaining -= take;
            messageBytes += take;
            if (remaining == 0) {
                complete();
            }
        }
    }

    private void complete() {
        inMessage = false;
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
