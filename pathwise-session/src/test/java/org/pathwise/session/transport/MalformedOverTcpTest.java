package org.pathwise.session.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;

/**
 * The codec's malformed corpus (pathwise-pcep MalformedCorpusTest), sent over real TCP to a PCE:
 * each case gets exactly its PCErr (with the request it concerns), or PCErr and Close, or nothing.
 * Each case runs from its own 127.0.0.x so sessions never meet the one-session rule.
 */
class MalformedOverTcpTest {
    static PcepServer server;
    static final AtomicInteger SOURCE = new AtomicInteger(10);

    @BeforeAll
    static void start() throws InterruptedException {
        server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0),
                new SessionListener() {
                    @Override
                    public void onMessage(PcepSession session, Message message, long receivedNanos) {}
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static RawPeer peer() throws Exception {
        return new RawPeer(server.localAddress(), "127.0.0." + SOURCE.getAndIncrement()).handshake();
    }

    static Arguments answered(String name, String hex, int type, int value) {
        return Arguments.of(name, hex, type, value);
    }

    /** Protocol errors: PCErr type/value, session stays up. */
    static Stream<Arguments> protocolErrors() {
        return Stream.of(
                answered("object length below 4", "20070008 0f100002", 10, 11),
                answered("zero-length object", "20070008 0f100000", 10, 11),
                answered("object length not a multiple of 4", "2007000c 0f100006 00000000", 10, 11),
                answered("object running past the message", "2007000c 0f100010 00000001", 10, 11),
                answered("object too short for its fields", "20070008 0f100004", 10, 11),
                answered("TLV running past its object", "20070010 0f10000c 00000001 00010008", 10, 11),
                answered("unknown object class with P", "20020008 c8120004", 3, 1),
                answered("unknown object type with P", "20070010 0f100008 00000001 0f720004", 3, 2),
                answered("PCReq without RP", "20030010 0412000c 0a000001 0a000002", 6, 1),
                answered("PCReq without END-POINTS", "20030010 0212000c 00000000 0000002a", 6, 3),
                answered("PCRpt without LSP", "200a0010 2112000c 00000000 00000007", 6, 8),
                answered("PCUpd without SRP", "200b000c 20120008 00001009", 6, 10),
                answered("PCUpd without LSP", "200b0014 2112000c 00000000 00000003 07100004", 6, 8),
                answered("PCInitiate without SRP", "200c000c 20120008 00000089", 6, 10),
                answered("truncated sub-object", "200b0020 2112000c 00000000 00000001 20120008 00001009"
                        + " 07100008 01080a00", 10, 11),
                answered("SR-ERO NAI length inconsistent", "200b0024 2112000c 00000000 00000001 20120008 00001009"
                        + " 0710000c 24081001 03e8a000", 10, 11),
                answered("SR-ERO without SID and NAI", "200b0020 2112000c 00000000 00000001 20120008 00001009"
                        + " 07100008 2404100c", 10, 6));
    }

    @ParameterizedTest(name = "{0} -> PCErr {2}/{3}")
    @MethodSource("protocolErrors")
    void protocolErrorIsAnsweredWithItsPcErrAndTheSessionStaysUp(String name, String hex, int type, int value)
            throws Exception {
        byte[] bad = HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
        DecodeError e = ((DecodeResult.Failed) RawPeer.CODEC.decode(bad)).error();
        assertThat(e.errorType()).as("corpus").isEqualTo(type);
        assertThat(e.errorValue()).as("corpus").isEqualTo(value);
        PcErr expected = new PcErr(List.of(new PcErr.ErrorBlock(e.request().stream().toList(),
                e.stateRequest().stream().toList(), List.of(PcepError.of(type, value)))), null);
        try (RawPeer p = peer()) {
            p.sendBytes(bad);
            assertThat(HexFormat.of().formatHex(p.readBytes())).isEqualTo(HexFormat.of().formatHex(RawPeer.CODEC.encode(expected)));
            p.sendHex("20020008 c8120004"); // still Up: a probe gets its own PCErr 3/1
            assertThat(p.read()).isEqualTo(PcErr.of(3, 1));
        }
    }

    @Test
    void wrongVersionIsPcErr1Slash8ThenClose3() throws Exception {
        try (RawPeer p = peer()) {
            p.sendHex("40020004");
            assertThat(p.read()).isEqualTo(PcErr.of(1, 8));
            assertThat(p.read()).isEqualTo(Close.of(3));
            assertThat(p.closedByPeer()).isTrue();
        }
    }

    @Test
    void lengthBelowTheHeaderIsClose3() throws Exception {
        try (RawPeer p = peer()) {
            p.sendHex("20020002 20020004");
            assertThat(p.read()).isEqualTo(Close.of(3));
            assertThat(p.closedByPeer()).isTrue();
        }
    }

    @Test
    void unknownMessagesAreCountedAndTheSixthInAMinuteIsClose5() throws Exception {
        try (RawPeer p = peer()) {
            for (int i = 0; i < 5; i++) {
                p.sendHex("20630004");
            }
            p.sendHex("20020008 c8120004");
            assertThat(p.read()).isEqualTo(PcErr.of(3, 1)); // five tolerated, no answer to any
            p.sendHex("20630004");
            assertThat(p.read()).isEqualTo(Close.of(5));
            assertThat(p.closedByPeer()).isTrue();
        }
    }

    @Test
    void keepaliveWithATrailingUnknownObjectIsAKeepalive() throws Exception {
        try (RawPeer p = peer()) {
            p.sendHex("20020008 c8100004");
            p.sendHex("20020008 c8120004");
            assertThat(p.read()).isEqualTo(PcErr.of(3, 1));
        }
    }

    @Test
    void garbageBeforeTheOpenIsPcErr1Slash1() throws Exception {
        try (RawPeer p = new RawPeer(server.localAddress(), "127.0.0." + SOURCE.getAndIncrement())) {
            assertThat(p.read()).isInstanceOf(org.pathwise.pcep.message.Open.class);
            p.sendHex("20030004");
            assertThat(p.read()).isEqualTo(PcErr.of(1, 1));
            assertThat(p.closedByPeer()).isTrue();
        }
    }

    @Test
    void aMessageSplitIntoSingleBytesStillDecodes() throws Exception {
        try (RawPeer p = peer()) {
            for (byte b : HexFormat.of().parseHex("20020008c8120004")) {
                p.sendBytes(new byte[] {b});
            }
            assertThat(p.read()).isEqualTo(PcErr.of(3, 1));
        }
    }
}
