package org.pathwise.pcep.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.Hex.bytes;
import static org.pathwise.pcep.Hex.hex;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.pcep.object.*;
import org.pathwise.pcep.tlv.OrderTlv;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.SrlgSubobject;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** Every object type: bytes written field by field from the RFC figure ↔ the record, both ways. */
class ObjectCodecTest {
    static final Ipv4Address A = Ipv4Address.parse("10.0.0.1");
    static final Ipv4Address B = Ipv4Address.parse("10.0.0.2");
    static final Ipv6Address A6 = Ipv6Address.parse("2001:db8::1");
    static final Ipv6Address B6 = Ipv6Address.parse("2001:db8::2");
    static final ObjectFlags N = ObjectFlags.NONE;

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("OPEN", bytes(
                        "01 10 0008", //        class 1, OT 1, length 8
                        "20 1e 78 07"), //      Ver 1 Flags 0, Keepalive 30, DeadTimer 120, SID 7
                        new OpenObject(30, 120, 7, List.of())),
                Arguments.of("RP with every flag", bytes(
                        "02 13 0018", //        class 2, OT 1, P and I set, length 24
                        "00007ffd", //          flags: C F N E M D P S V O B R, Pri 5
                        "0000000c", //          Request-ID 12
                        "0005 0008 00000001 00000002"), // ORDER TLV: delete 1, setup 2
                        new Rp(ObjectFlags.PI, 5, true, true, true, true, true, true, true, true, true, true, true, true,
                                0, 12, List.of(new OrderTlv(1, 2)))),
                Arguments.of("RP keeps unassigned flags", bytes("02 10 000c", "80000001", "00000001"),
                        new Rp(N, 1, false, false, false, false, false, false, false, false, false, false, false, false,
                                0x80000000, 1, List.of())),
                Arguments.of("NO-PATH", bytes(
                        "03 10 0010", //        class 3, OT 1, length 16
                        "01 8000 00", //        NI 1 (chain broken), flags C, reserved
                        "0001 0004 00000061"), // NO-PATH-VECTOR: PCE unavailable, no GCO migration, no GCO solution
                        new NoPath(N, 1, true, List.of(new NoPathVectorTlv(true, false, false, false, false, true, true,
                                false, 0)))),
                Arguments.of("END-POINTS IPv4", bytes("04 12 000c", "0a000001", "0a000002"),
                        new EndpointsIpv4(ObjectFlags.P, A, B)),
                Arguments.of("END-POINTS IPv6", bytes("04 22 0024", "20010db8000000000000000000000001",
                        "20010db8000000000000000000000002"), new EndpointsIpv6(ObjectFlags.P, A6, B6)),
                Arguments.of("END-POINTS P2MP IPv4", bytes(
                        "04 30 0014", //        class 4, OT 3, length 20
                        "00000001", //          leaf type 1 (new leaves)
                        "0a000001", //          source
                        "0a000002 0a000003"), // two destinations
                        new EndpointsP2mpIpv4(N, 1, A, List.of(B, Ipv4Address.parse("10.0.0.3")))),
                Arguments.of("END-POINTS P2MP IPv6", bytes("04 40 0028", "00000002", "20010db8000000000000000000000001",
                        "20010db8000000000000000000000002"), new EndpointsP2mpIpv6(N, 2, A6, List.of(B6))),
                Arguments.of("END-POINTS generalized", bytes(
                        "04 50 0010", //        class 4, OT 5, length 16
                        "000000 00", //         reserved, endpoint type 0 (point-to-point)
                        "0027 0004 0a000001", // IPV4-ADDRESS 10.0.0.1
                        ""), new EndpointsGeneralized(N, 0, List.of(new org.pathwise.pcep.tlv.Ipv4AddressTlv(A)))),
                Arguments.of("BANDWIDTH requested", bytes("05 10 0008", "4b3ebc20"), // 1.25e7 as IEEE float
                        new Bandwidth(N, false, 1.25e7f)),
                Arguments.of("BANDWIDTH existing", bytes("05 20 0008", "3f800000"), new Bandwidth(N, true, 1f)),
                Arguments.of("BANDWIDTH generalized", bytes(
                        "05 30 0010", //        class 5, OT 3, length 16
                        "0004 0000", //         Bandwidth Spec Length 4, Reverse 0
                        "02 000000", //         Bw Spec Type 2, reserved
                        "3f800000"), //         generalized bandwidth
                        new GeneralizedBandwidth(N, false, 2, Bytes.fromHex("3f800000"), Bytes.EMPTY, List.of())),
                Arguments.of("METRIC", bytes(
                        "06 10 000c", //        class 6, OT 1, length 12
                        "0000 03 01", //        reserved, flags C+B, T 1 (IGP)
                        "42c80000"), //         100.0
                        new Metric(N, true, true, Metric.IGP, 100f)),
                Arguments.of("ERO", bytes("07 10 000c", "01 08 0a000001 20 00"),
                        new Ero(N, List.of(Ipv4PrefixSubobject.strict(A)))),
                Arguments.of("RRO", bytes("08 10 000c", "01 08 0a000002 20 01"), // flags: local protection available
                        new Rro(N, List.of(new Ipv4PrefixSubobject(false, B, 32, 1)))),
                Arguments.of("IRO", bytes("0a 10 000c", "81 08 0a000001 18 00"), // loose /24
                        new Iro(N, List.of(new Ipv4PrefixSubobject(true, A, 24, 0)))),
                Arguments.of("XRO", bytes(
                        "11 10 0010", //        class 17, OT 1, length 16
                        "0000 0001", //         reserved, flags F
                        "a2 08 00000063 00 02"), // SRLG 99, X set, attribute 2
                        new Xro(N, true, List.of(new SrlgSubobject(true, 99, 2)))),
                Arguments.of("LSPA", bytes(
                        "09 10 0014", //        class 9, OT 1, length 20
                        "00000001 00000002 00000004", // exclude-any, include-any, include-all
                        "07 03 01 00"), //      setup 7, holding 3, flags L, reserved
                        new Lspa(N, 1, 2, 4, 7, 3, true, List.of())),
                Arguments.of("SVEC", bytes(
                        "0b 10 0010", //        class 11, OT 1, length 16
                        "00 00001f", //         reserved, flags P D S N L
                        "00000001 00000002"), // request ids
                        new Svec(N, true, true, true, true, true, List.of(1L, 2L))),
                Arguments.of("NOTIFICATION", bytes("0c 10 0008", "0000 01 02"), // NT 1, NV 2 (PCE cancels)
                        new Notification(N, 1, 2, List.of())),
                Arguments.of("PCEP-ERROR", bytes("0d 10 0008", "0000 03 01"), PcepError.of(3, 1)),
                Arguments.of("LOAD-BALANCING", bytes("0e 10 000c", "000000 04", "49742400"), // max 4, 1e6
                        new LoadBalancing(N, 4, 1e6f)),
                Arguments.of("CLOSE", bytes("0f 10 0008", "000000 03"), new CloseObject(N, 3, List.of())),
                Arguments.of("OF", bytes("15 10 0008", "0002 0000"), new ObjectiveFunction(N, 2, List.of())),
                Arguments.of("GC", bytes("18 10 0008", "5a 0a 64 00"), // MU 90, mU 10, OB 100
                        new GlobalConstraints(N, 90, 10, 100, List.of())),
                Arguments.of("MONITORING", bytes(
                        "13 10 000c", //        class 19, OT 1, length 12
                        "00 00001f", //         reserved, flags I C P G L
                        "00000009"), //         monitoring id 9
                        new Monitoring(N, true, true, true, true, true, 9, List.of())),
                Arguments.of("PCC-REQ-ID IPv4", bytes("14 10 0008 0a000001"), new PccReqId(N, A)),
                Arguments.of("PCC-REQ-ID IPv6", bytes("14 20 0014 20010db8000000000000000000000001"), new PccReqId(N, A6)),
                Arguments.of("PCE-ID IPv4", bytes("19 10 0008 0a000002"), new PceId(N, B)),
                Arguments.of("PROC-TIME", bytes(
                        "1a 10 001c", //        class 26, OT 1, length 28
                        "0000 0001", //         reserved, flags E
                        "00000005 00000001 00000009 00000004 00000002"), // current min max average variance
                        new ProcTime(N, true, 5, 1, 9, 4, 2)),
                Arguments.of("OVERLOAD", bytes("1b 10 0008", "00 00 003c"), new Overload(N, 60)),
                Arguments.of("LSP", bytes(
                        "20 10 0008", //        class 32, OT 1, length 8
                        "00064 0ab"), //        PLSP-ID 100, flags C, O=2 (ACTIVE), A, S, D
                        new Lsp(N, 100, true, true, false, true, Lsp.ACTIVE, true, false, false, false, 0, List.of())),
                Arguments.of("LSP with P2MP flags", bytes("20 10 0008", "fffff 704"), // PLSP max, E F N, R
                        new Lsp(N, 0xfffff, false, false, true, false, 0, false, true, true, true, 0, List.of())),
                Arguments.of("SRP", bytes(
                        "21 10 0014", //        class 33, OT 1, length 20
                        "00000001", //          flags R (remove)
                        "0000002a", //          SRP-ID 42
                        "001c 0004 00000001"), // PATH-SETUP-TYPE SR
                        new Srp(N, true, 0, 42, List.of(new PathSetupTypeTlv(1)))),
                Arguments.of("ASSOCIATION IPv4", bytes(
                        "28 10 0010", //        class 40, OT 1, length 16
                        "0000 0001", //         reserved, flags R
                        "0002 0007", //         type 2 (disjoint), id 7
                        "0a000001"), //         source
                        new Association(N, true, 2, 7, A, List.of())),
                Arguments.of("ASSOCIATION IPv6", bytes("28 20 001c", "0000 0000", "0001 0001",
                        "20010db8000000000000000000000001"), new Association(N, false, 1, 1, A6, List.of())),
                Arguments.of("VENDOR-INFORMATION", bytes("22 10 000c", "00000009", "cafe0000"),
                        new VendorInformation(N, 9, Bytes.fromHex("cafe0000"))),
                Arguments.of("BU", bytes("23 10 000c", "000000 01", "3f000000"), new BandwidthUtilization(N, 1, 0.5f)),
                Arguments.of("unknown class, P clear", bytes("c8 10 0008", "01020304"),
                        new UnknownObject(N, 200, 1, Bytes.fromHex("01020304"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void decodesAndEncodes(String name, byte[] wire, PcepObject expected) {
        assertThat(WireFixture.decodeObjects(wire)).containsExactly(expected);
        assertThat(hex(WireFixture.encode(expected))).isEqualTo(hex(wire));
    }
}
