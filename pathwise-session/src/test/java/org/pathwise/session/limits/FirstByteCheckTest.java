package org.pathwise.session.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.PcepCodec;

class FirstByteCheckTest {
    private final LimitCounters counters = new LimitCounters();
    private final EmbeddedChannel channel = new EmbeddedChannel(new FirstByteCheck(PcepCodec.standard(), counters));

    @Test
    void anHttpRequestGetsVersionNotSupportedThenCloseMalformed() {
        channel.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\n", StandardCharsets.US_ASCII));
        assertThat(hex(channel.readOutbound())).isEqualTo(""
                + "2006000c"        // PCErr, length 12
                + "0d100008"        // PCEP-ERROR object class 13 type 1, length 8
                + "00000108");      // reserved, flags, Error-Type 1, Error-value 8 (version not supported)
        assertThat(hex(channel.readOutbound())).isEqualTo(""
                + "2007000c"        // Close, length 12
                + "0f100008"        // CLOSE object class 15 type 1, length 8
                + "00000003");      // reserved, flags, reason 3 (malformed message)
        assertThat(channel.isOpen()).isFalse();
        assertThat((Object) channel.readInbound()).as("garbage is not passed on").isNull();
        assertThat(counters.count(Limit.NOT_PCEP)).isEqualTo(1);
    }

    @Test
    void aTlsClientHelloWithoutStartTlsIsGarbageToo() {
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x16, 0x03, 0x01}));
        assertThat(hex(channel.readOutbound())).startsWith("2006000c").endsWith("0108");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void pcepPassesAndTheCheckRemovesItself() {
        ByteBuf open = Unpooled.wrappedBuffer(new byte[] {0x20, 0x01});
        channel.writeInbound(open);
        assertThat(channel.pipeline().get(FirstByteCheck.class)).isNull();
        ByteBuf passed = channel.readInbound();
        assertThat(passed).isSameAs(open);
        passed.release();
        assertThat(channel.isOpen()).isTrue();
        assertThat(counters.count(Limit.NOT_PCEP)).isZero();
    }

    private static String hex(ByteBuf buf) {
        try {
            return ByteBufUtil.hexDump(buf);
        } finally {
            buf.release();
        }
    }
}
