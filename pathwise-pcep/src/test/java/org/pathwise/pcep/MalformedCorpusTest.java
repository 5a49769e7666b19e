package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.CodecAssertions.decode;
import static org.pathwise.pcep.CodecAssertions.decodeError;
import static org.pathwise.pcep.Hex.bytes;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeError.Kind;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.object.UnknownObject;

/** Bad input, each case with its exact outcome: error-type/value, offset and what the session does. */
class MalformedCorpusTest {

    private static void assertError(DecodeError e, Kind kind, int type, int value, int offset) {
        assertThat(e.kind()).as(e.toString()).isEqualTo(kind);
        assertThat(e.errorType()).as(e.toString()).isEqualTo(type);
        assertThat(e.errorValue()).as(e.toString()).isEqualTo(value);
        assertThat(e.offset()).as(e.toString()).isEqualTo(offset);
    }

    @Test
    void badVersionClosesTheSessionAfterPcErr1Slash8() {
        DecodeError e = decodeError(bytes("40 02 0004")); // Ver 2, Keepalive
        assertError(e, Kind.MALFORMED_MESSAGE, 1, 8, 0);
        assertThat(e.closeSession()).isTrue();
        assertThat(e.closeReason()).isEqualTo(CloseReason.MALFORMED_MESSAGE);
    }

    @Test
    void lengthFieldShorterThanTheBytes() {
        DecodeError e = decodeError(bytes("20 02 0004", "00000000")); // says 4, has 8
        assertError(e, Kind.MALFORMED_MESSAGE, 0, 0, 2);
        assertThat(e.closeSession()).isTrue();
    }

    @Test
    void lengthFieldLongerThanTheBytes() {
        assertError(decodeError(bytes("20 02 0008")), Kind.MALFORMED_MESSAGE, 0, 0, 2); // says 8, has 4
    }

    @Test
    void messageShorterThanTheCommonHeader() {
        assertError(decodeError(bytes("20 02")), Kind.MALFORMED_MESSAGE, 0, 0, 0);
    }

    @Test
    void unknownMessageTypeIsCountedNotAnswered() {
        DecodeError e = decodeError(bytes("20 63 0004")); // type 99
        assertError(e, Kind.UNKNOWN_MESSAGE, 0, 0, 1);
        assertThat(e.messageType()).isEqualTo(99);
        assertThat(e.closeSession()).isFalse();
    }

    @Test
    void objectLengthBelowFour() {
        assertError(decodeError(bytes("20 07 0008", "0f 10 0002")), Kind.PROTOCOL_ERROR, 10, 11, 6);
    }

    @Test
    void zeroLengthObject() {
        assertError(decodeError(bytes("20 07 0008", "0f 10 0000")), Kind.PROTOCOL_ERROR, 10, 11, 6);
    }

    @Test
    void objectLengthNotAMultipleOfFour() {
        assertError(decodeError(bytes("20 07 000c", "0f 10 0006 0000 0000")), Kind.PROTOCOL_ERROR, 10, 11, 6);
    }

    @Test
    void objectRunningPastTheMessage() {
        assertError(decodeError(bytes("20 07 000c", "0f 10 0010 00000001")), Kind.PROTOCOL_ERROR, 10, 11, 6);
    }

    @Test
    void objectTooShortForItsFields() {
        // CLOSE with a 4-byte header only: the Reason word is missing.
        assertError(decodeError(bytes("20 07 0008", "0f 10 0004")), Kind.PROTOCOL_ERROR, 10, 11, 8);
    }

    @Test
    void tlvRunningPastItsObject() {
        assertError(decodeError(bytes(
                "20 07 0010", "0f 10 000c", "00000001", "0001 0008")), // TLV says 8 bytes, none left
                Kind.PROTOCOL_ERROR, 10, 11, 14);
    }

    @Test
    void unknownObjectClassWithPSetIs3Slash1() {
        assertError(decodeError(bytes("20 02 0008", "c8 12 0004")), Kind.PROTOCOL_ERROR, 3, 1, 4);
    }

    @Test
    void unknownTypeOfAKnownClassWithPSetIs3Slash2() {
        assertError(decodeError(bytes("20 07 0010", "0f 10 0008 00000001", "0f 72 0004")), Kind.PROTOCOL_ERROR, 3, 2, 12);
    }

    @Test
    void unknownObjectsWithPClearAreKeptAndIgnored() {
        byte[] wire = bytes(
                "20 03 0028",
                "02 12 000c 00000000 00000005", // RP, request 5
                "04 12 000c 0a000001 0a000002", // END-POINTS
                "c8 10 0008 deadbeef", //         unknown class 200, P clear
                "05 f0 0004"); //                 BANDWIDTH of unknown type 15, P clear
        PcReq req = (PcReq) CodecAssertions.bytesRoundTrip(wire);
        assertThat(req.requests().get(0).all(UnknownObject.class)).hasSize(2);
    }

    @Test
    void pcReqWithoutRpIs6Slash1() {
        assertError(decodeError(bytes("20 03 0010", "04 12 000c 0a000001 0a000002")), Kind.PROTOCOL_ERROR, 6, 1, 4);
    }

    @Test
    void pcReqWithoutEndpointsIs6Slash3AndNamesTheRequest() {
        DecodeError e = decodeError(bytes("20 03 0010", "02 12 000c 00000000 0000002a"));
        assertError(e, Kind.PROTOCOL_ERROR, 6, 3, 4);
        assertThat(e.request()).get().extracting(r -> r.requestId()).isEqualTo(42L);
    }

    @Test
    void pcRptWithoutLspIs6Slash8() {
        DecodeError e = decodeError(bytes("20 0a 0010", "21 12 000c 00000000 00000007"));
        assertError(e, Kind.PROTOCOL_ERROR, 6, 8, 4);
        assertThat(e.stateRequest()).get().extracting(s -> s.srpId()).isEqualTo(7L);
    }

    @Test
    void pcUpdWithoutSrpIs6Slash10() {
        assertError(decodeError(bytes("20 0b 000c", "20 12 0008 00001009")), Kind.PROTOCOL_ERROR, 6, 10, 4);
    }

    @Test
    void pcUpdWithoutLspIs6Slash8() {
        DecodeError e = decodeError(bytes("20 0b 0014", "21 12 000c 00000000 00000003", "07 10 0004"));
        assertError(e, Kind.PROTOCOL_ERROR, 6, 8, 4);
        assertThat(e.stateRequest()).get().extracting(s -> s.srpId()).isEqualTo(3L);
    }

    @Test
    void pcInitiateWithoutSrpIs6Slash10() {
        assertError(decodeError(bytes("20 0c 000c", "20 12 0008 00000089")), Kind.PROTOCOL_ERROR, 6, 10, 4);
    }

    @Test
    void truncatedSubobject() {
        assertError(decodeError(bytes(
                "20 0b 0020",
                "21 12 000c 00000000 00000001", // SRP
                "20 12 0008 00001009", //         LSP
                "07 10 0008 01 08 0a00")), //     ERO: IPv4 sub-object says 8 bytes, 2 left in the object
                Kind.PROTOCOL_ERROR, 10, 11, 29);
    }

    @Test
    void srEroWithInconsistentNaiLength() {
        assertError(decodeError(bytes(
                "20 0b 0024",
                "21 12 000c 00000000 00000001", // SRP
                "20 12 0008 00001009", //         LSP
                "07 10 000c", //                  ERO
                "24 08 1001 03e8a000")), //       SR-ERO NT 1 (IPv4 node, 4 bytes) + M, but no room for the NAI
                Kind.PROTOCOL_ERROR, 10, 11, 32);
    }

    @Test
    void srEroWithBothSidAndNaiAbsentIs10Slash6() {
        assertError(decodeError(bytes(
                "20 0b 0020",
                "21 12 000c 00000000 00000001", "20 12 0008 00001009",
                "07 10 0008 24 04 100c")), //  SR-ERO NT 1 with S and F set
                Kind.PROTOCOL_ERROR, 10, 6, 30);
    }

    @Test
    void randomBytesNeverEscapeAsExceptions() {
        Random random = new Random(20240601);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[4 + random.nextInt(60)];
            random.nextBytes(b);
            b[0] = 0x20;
            b[1] = (byte) (1 + random.nextInt(13));
            b[2] = 0;
            b[3] = (byte) b.length;
            DecodeResult r = CodecAssertions.CODEC.decode(b);
            assertThat(r).isNotNull();
        }
    }

    @Test
    void mutatedValidMessagesNeverEscapeAsExceptions() {
        Random random = new Random(7);
        byte[] base = FrrCaptureTest.FRR_PCRPT_SYNC;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = base.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                b[4 + random.nextInt(b.length - 4)] = (byte) random.nextInt(256);
            }
            DecodeResult r = CodecAssertions.CODEC.decode(b);
            if (r instanceof DecodeResult.Decoded d) {
                // whatever decodes must encode again
                CodecAssertions.CODEC.encode(d.message());
            }
        }
    }

    @Test
    void decodingConsumesTheFrameAndLeavesItsBoundsIntactEvenOnError() {
        byte[] good = FrrCaptureTest.FRR_PCRPT_SYNC;
        byte[] bad = bytes("20 07 000c", "0f 10 0008 0000"); // CLOSE without its reason byte... truncated
        for (byte[] message : new byte[][] {good, bad}) {
            io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.buffer(message.length + 8);
            buf.writeZero(3).writeBytes(message);
            buf.readerIndex(3);
            CodecAssertions.CODEC.decode(buf);
            assertThat(buf.readerIndex()).isEqualTo(3 + message.length);
            assertThat(buf.writerIndex()).isEqualTo(3 + message.length);
        }
    }

    @Test
    void errorOffsetsAreRelativeToTheMessageStartWithinALargerBuffer() {
        io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.buffer();
        buf.writeZero(5).writeBytes(bytes("20 07 0008", "0f 10 0002"));
        buf.readerIndex(5);
        DecodeResult r = CodecAssertions.CODEC.decode(buf);
        assertThat(((DecodeResult.Failed) r).error().offset()).isEqualTo(6);
    }

    @Test
    void keepaliveWithTrailingUnknownObjectIsStillAKeepalive() {
        assertThat(decode(bytes("20 02 0008", "c8 10 0004"))).isEqualTo(Keepalive.INSTANCE);
    }

    // The decoder sizes each list by first walking the length fields; a bad length after good
    // entries must still end in the precise error of that entry, not in an overrun of the list.

    @Test
    void objectLengthBelowFourAfterAGoodObject() {
        DecodeError e = decodeError(bytes(
                "20 03 0014",
                "02 10 000c 00000000 00000001", // RP
                "05 10 0002")); //                BANDWIDTH header claiming 2 bytes
        assertError(e, Kind.PROTOCOL_ERROR, 10, 11, 18);
        assertThat(e.detail()).contains("object length 2 is less than its 4-byte header");
    }

    @Test
    void tlvRunningPastItsObjectAfterAGoodTlv() {
        DecodeError e = decodeError(bytes(
                "20 03 001c",
                "02 10 0018 00000000 00000001", // RP
                "001c 0004 00000001", //           PATH-SETUP-TYPE, PST 1
                "0005 0008")); //                  ORDER says 8 bytes, none left
        assertError(e, Kind.PROTOCOL_ERROR, 10, 11, 26);
        assertThat(e.detail()).contains("TLV type 5 of length 8 runs past its object (0 bytes left)");
    }

    @Test
    void subobjectLengthBelowTwoAfterAGoodHop() {
        DecodeError e = decodeError(bytes(
                "20 04 0020",
                "02 10 000c 00000000 00000001", // RP
                "07 10 0010", //                   ERO
                "01 08 0a000001 20 00", //           IPv4 10.0.0.1/32
                "01 01 0000")); //                   IPv4 sub-object claiming 1 byte
        assertError(e, Kind.PROTOCOL_ERROR, 10, 11, 29);
        assertThat(e.detail()).contains("sub-object type 1 has length 1 (minimum 2)");
    }
}
