package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.CodecAssertions.bytesRoundTrip;
import static org.pathwise.pcep.CodecAssertions.decode;
import static org.pathwise.pcep.Hex.bytes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.message.StateReport;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.tlv.Ipv4LspIdentifiersTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.SymbolicPathNameTlv;
import org.pathwise.pcep.tlv.UnknownTlv;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.Ipv4Address;

/**
 * Messages FRR 8.4.4 pathd sent to a PCE on loopback, captured with the pathd.conf of
 * /work/shared/INTEROP.md against a throwaway Python listener that answered with an Open
 * (stateful U+I, PST SR) and Keepalives: the bytes are what pathd wrote to the socket.
 */
class FrrCaptureTest {

    /** State synchronization report of policy POL1, candidate path CP1 (explicit SL1). */
    static final byte[] FRR_PCRPT_SYNC = bytes(
            "20 0a 0060", //                    header: PCRpt (10), length 96
            "21 12 0014", //                    SRP: class 33, OT 1, P set, length 20
            "00000000", //                      SRP flags: none
            "00000000", //                      SRP-ID-number 0 (not a response)
            "001c 0004 000000 01", //           PATH-SETUP-TYPE TLV: PST 1 (SR)
            "20 12 0034", //                    LSP: class 32, OT 1, P set, length 52
            "00001 042", //                     PLSP-ID 1, flags 0x042: S (sync), O=4 (GOING-UP)
            "0012 0010", //                     IPV4-LSP-IDENTIFIERS, length 16
            "7f000001", //                      tunnel sender 127.0.0.1
            "0000 0000", //                     LSP ID 0, tunnel ID 0
            "7f000001", //                      extended tunnel ID 127.0.0.1
            "02020202", //                      tunnel endpoint 2.2.2.2
            "0011 0008 504f4c312d435031", //    SYMBOLIC-PATH-NAME "POL1-CP1"
            "ffe1 0006 000000fa 0000 0000", //  private TLV 65505 (FRR: color 250), padded
            "07 12 0014", //                    ERO: class 7, OT 1, P set, length 20
            "24 08 0009 03e8a000", //           SR-ERO: strict, NT 0, F+M, SID label 16010
            "24 08 0009 03e9e000"); //          SR-ERO: strict, NT 0, F+M, SID label 16030

    /** The report with PLSP-ID 0 that ends state synchronization (RFC 8231 §5.6). */
    static final byte[] FRR_PCRPT_END_OF_SYNC = bytes(
            "20 0a 0024", //                    header: PCRpt, length 36
            "20 12 001c", //                    LSP: P set, length 28
            "00000 000", //                     PLSP-ID 0, no flags
            "0012 0010 00000000 0000 0000 00000000 00000000", // IPV4-LSP-IDENTIFIERS, all zero
            "07 12 0004"); //                   empty ERO

    /** PCReq for the dynamic candidate path CP2. */
    static final byte[] FRR_PCREQ = bytes(
            "20 03 0038", //                    header: PCReq, length 56
            "02 12 0014", //                    RP: P set, length 20
            "00000080", //                      RP flags 0x80 (S: supply OF)
            "00000001", //                      Request-ID 1
            "001c 0004 000000 01", //           PATH-SETUP-TYPE: SR
            "04 12 000c 7f000001 02020202", //  END-POINTS IPv4: 127.0.0.1 → 2.2.2.2
            "05 10 0008 47c35000", //           BANDWIDTH requested: 100000.0
            "06 10 000c 0000 00 02 41200000"); // METRIC: flags 0, type 2 (TE), bound value 10.0

    @Test
    void stateSyncReportDecodesToTheModelAndBack() {
        PcRpt rpt = (PcRpt) bytesRoundTrip(FRR_PCRPT_SYNC);
        StateReport report = rpt.reports().get(0);
        assertThat(report.srp()).contains(new Srp(ObjectFlags.P, false, 0, 0, List.of(new PathSetupTypeTlv(1))));
        Lsp lsp = report.lsp();
        assertThat(lsp.plspId()).isEqualTo(1);
        assertThat(lsp.sync()).isTrue();
        assertThat(lsp.delegate()).isFalse();
        assertThat(lsp.operational()).isEqualTo(Lsp.GOING_UP);
        assertThat(lsp.tlvs()).containsExactly(
                new Ipv4LspIdentifiersTlv(Ipv4Address.parse("127.0.0.1"), 0, 0, Ipv4Address.parse("127.0.0.1"),
                        Ipv4Address.parse("2.2.2.2")),
                SymbolicPathNameTlv.of("POL1-CP1"),
                new UnknownTlv(65505, Bytes.fromHex("000000fa0000")));
        Ero ero = report.ero().orElseThrow();
        assertThat(ero.subobjects()).containsExactly(
                new SrSubobject(false, NaiType.ABSENT, true, false, 16010L << 12, null),
                new SrSubobject(false, NaiType.ABSENT, true, false, 16030L << 12, null));
        assertThat(((SrSubobject) ero.subobjects().get(1)).label()).isEqualTo(16030);
    }

    @Test
    void endOfSyncReportHasPlspIdZero() {
        PcRpt rpt = (PcRpt) bytesRoundTrip(FRR_PCRPT_END_OF_SYNC);
        assertThat(rpt.reports().get(0).lsp().plspId()).isZero();
        assertThat(rpt.reports().get(0).srp()).isEmpty();
    }

    @Test
    void dynamicPathRequest() {
        PcReq req = (PcReq) bytesRoundTrip(FRR_PCREQ);
        var r = req.requests().get(0);
        assertThat(r.rp().requestId()).isEqualTo(1);
        assertThat(r.rp().tlv(PathSetupTypeTlv.class)).contains(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS));
        assertThat(r.endpoints()).isEqualTo(new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("127.0.0.1"),
                Ipv4Address.parse("2.2.2.2")));
        assertThat(r.bandwidth()).contains(Bandwidth.requested(100000f));
        assertThat(r.metrics()).containsExactly(new Metric(ObjectFlags.NONE, false, false, Metric.TE, 10f));
    }

    @Test
    void theWholeCapturedStreamSplitsAndRoundTrips() {
        byte[] stream = bytes(Hex.hex(SessionMessagesTest.FRR_OPEN), "20020004", Hex.hex(FRR_PCRPT_SYNC),
                Hex.hex(FRR_PCRPT_END_OF_SYNC), Hex.hex(FRR_PCREQ));
        int at = 0;
        int messages = 0;
        while (at < stream.length) {
            int length = PcepFrame.declaredLength(io.netty.buffer.Unpooled.wrappedBuffer(stream, at, stream.length - at));
            bytesRoundTrip(java.util.Arrays.copyOfRange(stream, at, at + length));
            at += length;
            messages++;
        }
        assertThat(messages).isEqualTo(5);
    }

    /** FRR 8.4.4 cancelling request 1 after 30 s without reply: NOTIFICATION before the RP. */
    static final byte[] FRR_PCNTF_CANCEL = bytes(
            "20 05 0020", //                      PCNtf, 32 bytes
            "0c 10 0008 0000 01 01", //           NOTIFICATION NT 1 (request cancelled) NV 1 (by the PCC)
            "02 10 0014 00000080 00000001", //    RP, S flag (RFC 5541), request 1
            "001c 0004 00000001"); //             PATH-SETUP-TYPE TLV, PST 1 (SR)

    @Test
    void cancellationWithTheRpAfterTheNotificationBelongsToThatNotify() {
        PcNtf ntf = (PcNtf) decode(FRR_PCNTF_CANCEL);
        assertThat(ntf.notifies()).hasSize(1);
        assertThat(ntf.notifies().get(0).notifications().get(0).value()).isEqualTo(1);
        assertThat(ntf.notifies().get(0).requests()).extracting(r -> r.requestId()).containsExactly(1L);
        // re-encoded in RFC 5440 order: the RP first
        assertThat(Hex.hex(CodecAssertions.CODEC.encode(ntf))).isEqualTo(
                "20050020" + "0210001400000080000000010" + "01c000400000001" + "0c1000080000" + "0101");
    }
}
