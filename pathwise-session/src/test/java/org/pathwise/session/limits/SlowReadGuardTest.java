package org.pathwise.session.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Time is EmbeddedChannel's: advanced by hand, no sleeps. */
class SlowReadGuardTest {
    private static final LimitSettings SETTINGS = LimitSettings.DEFAULTS
            .withSlowReads(Duration.ofSeconds(10), 100, Duration.ofSeconds(2));

    private final LimitCounters counters = new LimitCounters();
    private final EmbeddedChannel channel = new EmbeddedChannel(new SlowReadGuard(SETTINGS, counters));

    // Open (RFC 5440 §6.2): common header, then the OPEN object with Keepalive 30, DeadTimer 120, SID 1.
    private static final byte[] OPEN = {
        0x20, 0x01, 0x00, 0x0c,             // version 1, type 1 (Open), length 12
        0x01, 0x10, 0x00, 0x08,             // OPEN object class 1 type 1, length 8
        0x20, 0x1e, 0x78, 0x01              // version 1, keepalive 30, deadtimer 120, session id 1
    };
    private static final byte[] KEEPALIVE = {0x20, 0x02, 0x00, 0x04};

    private void advance(long seconds) {
        channel.advanceTimeBy(seconds, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
    }

    private void send(byte... bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
    }

    @Test
    void bytesTrickledOnePerSecondAreDropped() {
        send(OPEN[0]);
        advance(1);
        send(OPEN[1]);
        assertThat(channel.isOpen()).isTrue();
        advance(1);
        assertThat(channel.isOpen()).as("2 bytes in 2 s: 1 B/s, below 100 B/s after the 2 s grace").isFalse();
        assertThat(counters.count(Limit.SLOW_READ)).isEqualTo(1);
        releaseInbound();
    }

    @Test
    void wholeMessagesPassUntouchedAndScheduleNothing() {
        send(OPEN);
        send(KEEPALIVE[0], KEEPALIVE[1], KEEPALIVE[2], KEEPALIVE[3], KEEPALIVE[0], KEEPALIVE[1]);
        send(KEEPALIVE[2], KEEPALIVE[3]);
        advance(60);
        assertThat(channel.isOpen()).isTrue();
        assertThat(counters.count(Limit.SLOW_READ) + counters.count(Limit.FIRST_MESSAGE_TIMEOUT)).isZero();
        ByteBuf first = channel.readInbound();
        assertThat(first.readableBytes()).as("the guard forwards buffers as they came").isEqualTo(12);
        first.release();
        releaseInbound();
    }

    @Test
    void aMessageSplitAcrossReadsAtAFairRateIsKept() {
        send(OPEN[0], OPEN[1], OPEN[2], OPEN[3], OPEN[4], OPEN[5]);
        advance(1);
        assertThat(channel.isOpen()).isTrue();
        send(OPEN[6], OPEN[7], OPEN[8], OPEN[9], OPEN[10], OPEN[11]);
        advance(5);
        assertThat(channel.isOpen()).as("complete before the rate was ever enforced").isTrue();
        releaseInbound();
    }

    @Test
    void aConnectionThatNeverCompletesAMessageIsDroppedAtTheFirstMessageTimeout() {
        advance(9);
        assertThat(channel.isOpen()).isTrue();
        advance(1);
        assertThat(channel.isOpen()).isFalse();
        assertThat(counters.count(Limit.FIRST_MESSAGE_TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aFastPartialMessageIsToleratedUntilItsRateDrops() {
        byte[] big = new byte[4 + 1000];
        big[0] = 0x20;
        big[1] = 0x03;                      // PCReq
        big[2] = (byte) (big.length >> 8);
        big[3] = (byte) big.length;
        channel.writeInbound(Unpooled.wrappedBuffer(big, 0, 500));
        advance(2);
        assertThat(channel.isOpen()).as("500 bytes in 2 s = 250 B/s").isTrue();
        advance(2);
        assertThat(channel.isOpen()).as("500 bytes in 4 s = 125 B/s").isTrue();
        advance(2);
        assertThat(channel.isOpen()).as("500 bytes in 6 s = 83 B/s").isFalse();
        releaseInbound();
    }

    @Test
    void afterStartTlsTheGuardFollowsTlsRecords() {
        send(0x20, 0x0d, 0x00, 0x04);      // StartTLS (RFC 8253 §3.3)
        // A TLS handshake record: type 22, version 3.1, length 6 (header excluded), then 6 bytes.
        send(0x16, 0x03, 0x01, 0x00, 0x06, 1, 2, 3, 4, 5, 6);
        advance(5);
        assertThat(channel.isOpen()).as("complete records: nothing pending").isTrue();
        send(0x17, 0x03, 0x03, 0x01, 0x00); // an application-data record announcing 256 bytes
        advance(1);
        send(0x00);
        advance(1);
        assertThat(channel.isOpen()).as("6 bytes of a record in 2 s").isFalse();
        assertThat(counters.count(Limit.SLOW_READ)).isEqualTo(1);
        releaseInbound();
    }

    private void send(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        send(b);
    }

    private void releaseInbound() {
        for (Object o; (o = channel.readInbound()) != null; ) {
            ((ByteBuf) o).release();
        }
    }
}
