package org.pathwise.pcep.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.Hex.bytes;
import static org.pathwise.pcep.Hex.hex;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.pcep.tlv.*;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** Every TLV type: bytes field by field from the RFC figure (with padding) ↔ the record. */
class TlvCodecTest {
    static final Ipv4Address A = Ipv4Address.parse("10.0.0.1");
    static final Ipv6Address A6 = Ipv6Address.parse("2001:db8::1");

    static Stream<Arguments> tlvs() {
        return Stream.of(
                Arguments.of("NO-PATH-VECTOR", bytes("0001 0004", "800000ff"), //  every named bit + one unassigned
                        new NoPathVectorTlv(true, true, true, true, true, true, true, true, 0x80000000)),
                Arguments.of("OVERLOADED-DURATION", bytes("0002 0004", "0000012c"), new OverloadedDurationTlv(300)),
                Arguments.of("REQ-MISSING", bytes("0003 0004", "00000007"), new ReqMissingTlv(7)),
                Arguments.of("OF-LIST odd count padded", bytes("0004 0006", "0001 0002 0003", "0000"),
                        new OfListTlv(List.of(1, 2, 3))),
                Arguments.of("ORDER", bytes("0005 0008", "00000003 00000004"), new OrderTlv(3, 4)),
                Arguments.of("P2MP-CAPABLE", bytes("0006 0002", "0000", "0000"), new P2mpCapableTlv(0)),
                Arguments.of("VENDOR-INFO", bytes("0007 0007", "00000009", "abcdef", "00"),
                        new VendorInfoTlv(9, Bytes.fromHex("abcdef"))),
                Arguments.of("STATEFUL-PCE-CAPABILITY all 8231/8232/8281 flags", bytes("0010 0004", "0000003f"),
                        new StatefulPceCapabilityTlv(true, true, true, true, true, true, 0)),
                Arguments.of("STATEFUL-PCE-CAPABILITY keeps later bits", bytes("0010 0004", "00000201"),
                        new StatefulPceCapabilityTlv(true, false, false, false, false, false, 0x200)),
                Arguments.of("SYMBOLIC-PATH-NAME padded", bytes("0011 0005", "6c73702d31", "000000"),
                        SymbolicPathNameTlv.of("lsp-1")),
                Arguments.of("IPV4-LSP-IDENTIFIERS", bytes(
                        "0012 0010", //         type 18, length 16
                        "0a000001", //          tunnel sender
                        "0005 000a", //         LSP ID 5, tunnel ID 10
                        "0a000001", //          extended tunnel id
                        "0a000002"), //         tunnel endpoint
                        new Ipv4LspIdentifiersTlv(A, 5, 10, A, Ipv4Address.parse("10.0.0.2"))),
                Arguments.of("IPV6-LSP-IDENTIFIERS", bytes("0013 0034", "20010db8000000000000000000000001", "0001 0002",
                        "20010db8000000000000000000000001", "20010db8000000000000000000000001"),
                        new Ipv6LspIdentifiersTlv(A6, 1, 2, A6, A6)),
                Arguments.of("LSP-ERROR-CODE", bytes("0014 0004", "00000008"), new LspErrorCodeTlv(8)),
                Arguments.of("RSVP-ERROR-SPEC", bytes("0015 0008", "0008 0601 0a000001"),
                        new RsvpErrorSpecTlv(Bytes.fromHex("000806010a000001"))),
                Arguments.of("LSP-DB-VERSION", bytes("0017 0008", "0000000000000102"), new LspDbVersionTlv(258)),
                Arguments.of("SPEAKER-ENTITY-ID", bytes("0018 0003", "706365", "00"),
                        new SpeakerEntityIdTlv(Bytes.ofUtf8("pce"))),
                Arguments.of("SR-PCE-CAPABILITY (legacy top level)", bytes("001a 0004", "0000 03 0a"), // N X, MSD 10
                        new SrPceCapabilityTlv(true, true, 10)),
                Arguments.of("PATH-SETUP-TYPE", bytes("001c 0004", "000000 03"), new PathSetupTypeTlv(3)),
                Arguments.of("PATH-SETUP-TYPE-CAPABILITY with SR and SRv6", bytes(
                        "0022 001c", //         type 34, length 28
                        "000000 03", //         reserved, 3 PSTs
                        "00 01 03 00", //       RSVP-TE, SR, SRv6, padding
                        "001a 0004 0000 02 05", // SR-PCE-CAPABILITY: N, MSD 5
                        "001b 0008 0000 0002", // SRv6-PCE-CAPABILITY: reserved, flags N
                        "29 08 0000"), //       MSD type 41 value 8, padding pair
                        new PathSetupTypeCapabilityTlv(List.of(0, 1, 3), List.of(new SrPceCapabilityTlv(true, false, 5),
                                new Srv6PceCapabilityTlv(true, List.of(new Srv6PceCapabilityTlv.Msd(41, 8)))))),
                Arguments.of("EXTENDED-ASSOCIATION-ID", bytes("001f 0008", "00000001 02020202"), // color 1, endpoint
                        new ExtendedAssociationIdTlv(Bytes.fromHex("0000000102020202"))),
                Arguments.of("ASSOC-TYPE-LIST", bytes("0023 0006", "0001 0002 0006", "0000"),
                        new AssociationTypeListTlv(List.of(1, 2, 6))),
                Arguments.of("AUTO-BANDWIDTH-CAPABILITY", bytes("0024 0004", "00000000"), new AutoBandwidthCapabilityTlv(0)),
                Arguments.of("AUTO-BANDWIDTH-ATTRIBUTES", bytes(
                        "0025 0010", //         type 37, length 16
                        "0001 0004 0000012c", // Sample-Interval 300 s
                        "0008 0004 49742400"), // Minimum-Bandwidth 1e6
                        new AutoBandwidthAttributesTlv(List.of(
                                new AutoBandwidthAttributesTlv.Attribute(1, Bytes.fromHex("0000012c")),
                                new AutoBandwidthAttributesTlv.Attribute(8, Bytes.fromHex("49742400"))))),
                Arguments.of("PATH-PROTECTION-ASSOCIATION", bytes("0026 0004", "04000003"), // PT 1, S, P
                        new PathProtectionAssociationTlv(1, true, true)),
                Arguments.of("IPV4-ADDRESS", bytes("0027 0004", "0a000001"), new Ipv4AddressTlv(A)),
                Arguments.of("IPV6-ADDRESS", bytes("0028 0010", "20010db8000000000000000000000001"), new Ipv6AddressTlv(A6)),
                Arguments.of("UNNUMBERED-ENDPOINT", bytes("0029 0008", "0a000001 00000007"), new UnnumberedEndpointTlv(A, 7)),
                Arguments.of("LABEL-REQUEST", bytes("002a 0004", "08 33 0000"), new LabelRequestTlv(8, 0x33, 0)),
                Arguments.of("LABEL-SET", bytes("002b 0008", "00 000002", "00000001"), // inclusive list, type 2
                        new LabelSetTlv(0, 0, 2, Bytes.fromHex("00000001"))),
                Arguments.of("DISJOINTNESS-CONFIGURATION", bytes("002e 0004", "00000015"), // T S L
                        new DisjointnessConfigurationTlv(true, false, true, false, true)),
                Arguments.of("DISJOINTNESS-STATUS", bytes("002f 0004", "0000000a"), // P N
                        new DisjointnessStatusTlv(false, true, false, true, false)),
                Arguments.of("SCHED-LSP-ATTRIBUTE", bytes(
                        "0031 0010", //         type 49, length 16
                        "09 000000", //         flags R G, reserved
                        "00000e10", //          start 3600 s
                        "00001c20", //          duration 7200 s
                        "003c 0078"), //        grace before 60, after 120
                        new ScheduledLspTlv(true, false, false, true, 3600, 7200, 60, 120)),
                Arguments.of("SCHED-PD-LSP-ATTRIBUTE", bytes(
                        "0032 0014", //         type 50, length 20
                        "08 1 00a 00", //       flags R, Opt 1 (daily), NR 10, reserved
                        "00000000 00000e10 00015180", // start 0, duration 3600, repeat 86400
                        "0000 0000"),
                        new PeriodicalScheduledLspTlv(true, false, false, false, 1, 10, 0, 3600, 86400, 0, 0)),
                Arguments.of("TE-PATH-BINDING", bytes("0037 0008", "00 00 0000", "00fa0000"), // BT 0, label 4000
                        TePathBindingTlv.mplsLabel(4000)),
                Arguments.of("unknown", bytes("ffe1 0006", "000000fa0000", "0000"),
                        new UnknownTlv(65505, Bytes.fromHex("000000fa0000"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tlvs")
    void decodesAndEncodes(String name, byte[] wire, Tlv expected) {
        assertThat(WireFixture.decodeTlvs(wire)).containsExactly(expected);
        assertThat(hex(WireFixture.encode(expected))).isEqualTo(hex(wire));
    }
}
