package org.pathwise.pcep.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.Hex.bytes;
import static org.pathwise.pcep.Hex.hex;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.pcep.subobject.*;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** Every sub-object type and every SR NAI type: bytes field by field ↔ the record. */
class SubobjectCodecTest {
    static final Ipv4Address A = Ipv4Address.parse("10.0.0.1");
    static final Ipv4Address B = Ipv4Address.parse("10.0.0.2");
    static final Ipv6Address A6 = Ipv6Address.parse("2001:db8::1");
    static final Ipv6Address B6 = Ipv6Address.parse("2001:db8::2");
    static final String A6_HEX = "20010db8000000000000000000000001";
    static final String B6_HEX = "20010db8000000000000000000000002";

    static Stream<Arguments> subobjects() {
        return Stream.of(
                Arguments.of("IPv4 prefix strict", bytes("01 08", "0a000001", "20", "00"), Ipv4PrefixSubobject.strict(A)),
                Arguments.of("IPv4 prefix loose (L bit)", bytes("81 08", "0a000000", "18", "00"),
                        new Ipv4PrefixSubobject(true, Ipv4Address.parse("10.0.0.0"), 24, 0)),
                Arguments.of("IPv6 prefix", bytes("02 14", A6_HEX, "80", "00"), new Ipv6PrefixSubobject(false, A6, 128, 0)),
                Arguments.of("label, upstream, global", bytes("03 08", "81", "01", "00003e80"),
                        new LabelSubobject(false, true, true, 1, Bytes.fromHex("00003e80"))),
                Arguments.of("unnumbered interface", bytes("04 0c", "0000", "0a000001", "00000005"),
                        new UnnumberedInterfaceSubobject(false, 0, 0, A, 5)),
                Arguments.of("AS number", bytes("a0 04", "fde8"), new AsNumberSubobject(true, 65000)),
                Arguments.of("SRLG with X bit", bytes("a2 08", "00000063", "00", "02"), new SrlgSubobject(true, 99, 2)),
                Arguments.of("SR, SID label only (FRR)", bytes("24 08", "0009", "03e8a000"),
                        new SrSubobject(false, NaiType.ABSENT, true, false, 16010L << 12, null)),
                Arguments.of("SR, IPv4 node, SID index", bytes("a4 0c", "1000", "00000065", "0a000001"),
                        new SrSubobject(true, NaiType.IPV4_NODE, false, false, 101L, new Nai.Ipv4Node(A))),
                Arguments.of("SR, IPv6 node, label with TC/S/TTL (C)", bytes("24 18", "2003", "03e8a1ff", A6_HEX),
                        new SrSubobject(false, NaiType.IPV6_NODE, true, true, 0x03e8a1ffL, new Nai.Ipv6Node(A6))),
                Arguments.of("SR, IPv4 adjacency, SID absent (S)", bytes("24 0c", "3004", "0a000001 0a000002"),
                        new SrSubobject(false, NaiType.IPV4_ADJACENCY, false, false, null, new Nai.Ipv4Adjacency(A, B))),
                Arguments.of("SR, IPv6 adjacency", bytes("24 28", "4001", "03e8a000", A6_HEX, B6_HEX),
                        new SrSubobject(false, NaiType.IPV6_ADJACENCY, true, false, 16010L << 12,
                                new Nai.Ipv6Adjacency(A6, B6))),
                Arguments.of("SR, unnumbered adjacency", bytes("24 18", "5001", "03e8a000",
                        "0a000001 00000001 0a000002 00000002"),
                        new SrSubobject(false, NaiType.UNNUMBERED_ADJACENCY, true, false, 16010L << 12,
                                new Nai.UnnumberedAdjacency(A, 1, B, 2))),
                Arguments.of("SR, IPv6 link-local adjacency", bytes("24 30", "6001", "03e8a000",
                        A6_HEX, "00000001", B6_HEX, "00000002"),
                        new SrSubobject(false, NaiType.IPV6_LINK_LOCAL_ADJACENCY, true, false, 16010L << 12,
                                new Nai.Ipv6LinkLocalAdjacency(A6, 1, B6, 2))),
                Arguments.of("SRv6, SID + IPv6 node + structure (T)", bytes(
                        "28 30", //              type 40, length 48
                        "2004", //               NT 2, flags T
                        "0000 0030", //          reserved, endpoint behavior 48
                        B6_HEX, //               SRv6 SID
                        A6_HEX, //               NAI: IPv6 node
                        "20 10 10 00", //        LB 32, LN 16, Fun 16, Arg 0
                        "000000 00"), //         reserved, flags
                        new Srv6Subobject(false, NaiType.IPV6_NODE, false, 48, B6, new Nai.Ipv6Node(A6),
                                new Srv6Subobject.SidStructure(32, 16, 16, 0))),
                Arguments.of("SRv6, SID only, verify (V)", bytes("a8 18", "000a", "0000 0001", B6_HEX),
                        new Srv6Subobject(true, NaiType.ABSENT, true, 1, B6, null, null)),
                Arguments.of("PATH-KEY IPv4", bytes("40 08", "0007", "0a000001"), new PathKeySubobject(false, 7, A)),
                Arguments.of("PATH-KEY IPv6", bytes("41 14", "0007", A6_HEX), new PathKeySubobject(false, 7, A6)),
                Arguments.of("unknown type", bytes("25 08", "010203040506"),
                        new UnknownSubobject(false, 37, Bytes.fromHex("010203040506"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subobjects")
    void decodesAndEncodes(String name, byte[] wire, Subobject expected) {
        assertThat(WireFixture.decodeSubobjects(wire)).containsExactly(expected);
        assertThat(hex(WireFixture.encode(expected))).isEqualTo(hex(wire));
    }
}
