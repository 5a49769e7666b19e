package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.pcep.CodecAssertions.roundTrip;
import static org.pathwise.pcep.Hex.bytes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.StartTls;
import org.pathwise.pcep.object.CloseObject;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.tlv.OverloadedDurationTlv;
import org.pathwise.pcep.tlv.PathSetupTypeCapabilityTlv;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;
import org.pathwise.pcep.tlv.StatefulPceCapabilityTlv;

/** The messages a session exchanges around its requests: Open, Keepalive, Close, PCErr, PCNtf, StartTLS. */
class SessionMessagesTest {

    /** FRR 8.4.4 pathd's Open, as captured on loopback (see /work/shared/INTEROP.md). */
    static final byte[] FRR_OPEN = bytes(
            "20 01 0028", //                common header: Ver 1, flags 0, type 1 (Open), length 40
            "01 10 0024", //                OPEN object: class 1, OT 1, P=0 I=0, length 36
            "20 1e 78 00", //               Ver 1 | flags 0, Keepalive 30, DeadTimer 120, SID 0
            "0010 0004 00000005", //        STATEFUL-PCE-CAPABILITY: U (0x01) and I (0x04)
            "0022 0010", //                 PATH-SETUP-TYPE-CAPABILITY, length 16
            "000000 01", //                 Reserved, Num of PSTs = 1
            "01 000000", //                 PST 1 (SR), padding
            "001a 0004 0000 00 04"); //     sub-TLV SR-PCE-CAPABILITY: Reserved, flags 0, MSD 4

    @Test
    void frrOpenDecodesToTypedCapabilitiesAndReencodesByteForByte() {
        Open expected = new Open(new OpenObject(ObjectFlags.NONE, 1, 30, 120, 0, List.of(
                new StatefulPceCapabilityTlv(true, false, true, false, false, false, 0),
                new PathSetupTypeCapabilityTlv(List.of(1), List.of(new SrPceCapabilityTlv(false, false, 4))))));
        Open open = roundTrip(FRR_OPEN, expected);

        assertThat(open.object().tlv(StatefulPceCapabilityTlv.class)).get()
                .extracting(StatefulPceCapabilityTlv::lspUpdate, StatefulPceCapabilityTlv::lspInstantiation)
                .containsExactly(true, true);
        assertThat(open.object().tlv(PathSetupTypeCapabilityTlv.class).orElseThrow().subTlvs())
                .containsExactly(new SrPceCapabilityTlv(false, false, 4));
    }

    @Test
    void keepaliveIsTheHeaderAlone() {
        roundTrip(bytes("20 02 0004"), Keepalive.INSTANCE); // Ver 1, type 2, length 4
    }

    @Test
    void startTlsIsTheHeaderAlone() {
        roundTrip(bytes("20 0d 0004"), StartTls.INSTANCE); // Ver 1, type 13, length 4
    }

    @Test
    void closeCarriesItsReason() {
        roundTrip(bytes(
                "20 07 000c", //  header: Close, length 12
                "0f 10 0008", //  CLOSE object: class 15, OT 1, length 8
                "0000 00 02"), // Reserved (16), Flags 0, Reason 2 (DeadTimer expired)
                Close.of(CloseReason.DEADTIMER_EXPIRED));
    }

    @Test
    void pcErrDuringSessionEstablishmentCarriesTheCounterProposal() {
        roundTrip(bytes(
                "20 06 0014", //  header: PCErr, length 20
                "0d 10 0008", //  PCEP-ERROR: class 13, OT 1, length 8
                "0000 01 04", //  Reserved, Flags, Error-Type 1, Error-value 4 (negotiable)
                "01 10 0008", //  OPEN: class 1, OT 1, length 8
                "20 3c f0 00"), // Ver 1, Keepalive 60, DeadTimer 240, SID 0
                new PcErr(List.of(new PcErr.ErrorBlock(List.of(), List.of(), List.of(PcepError.of(1, 4)))),
                        new OpenObject(60, 240, 0, List.of())));
    }

    @Test
    void pcErrGroupsErrorsByTheRequestsTheyConcern() {
        Rp rp7 = Rp.of(7, 0, List.of());
        Srp srp9 = new Srp(ObjectFlags.NONE, false, 0, 9, List.of());
        roundTrip(bytes(
                "20 06 002c", //  header: PCErr, length 44
                "02 12 000c", //  RP: class 2, OT 1, P set, length 12
                "00000000 00000007", // flags 0, Request-ID 7
                "0d 10 0008 0000 06 03", // PCEP-ERROR 6/3 (END-POINTS missing)
                "21 10 000c", //  SRP: class 33, OT 1, length 12
                "00000000 00000009", // flags 0, SRP-ID 9
                "0d 10 0008 0000 13 03"), // PCEP-ERROR 19/3 (unknown PLSP-ID)
                new PcErr(List.of(
                        new PcErr.ErrorBlock(List.of(rp7), List.of(), List.of(PcepError.of(6, 3))),
                        new PcErr.ErrorBlock(List.of(), List.of(srp9), List.of(PcepError.of(19, 3)))), null));
    }

    @Test
    void pcNtfOverloadWithDuration() {
        roundTrip(bytes(
                "20 05 0014", //   header: PCNtf, length 20
                "0c 10 0010", //   NOTIFICATION: class 12, OT 1, length 16
                "0000 02 01", //   Reserved, Flags, NT 2 (overloaded PCE), NV 1 (overloaded)
                "0002 0004 0000003c"), // OVERLOADED-DURATION TLV: 60 s
                new PcNtf(List.of(new PcNtf.Notify(List.of(), List.of(
                        new Notification(ObjectFlags.NONE, 2, 1, List.of(new OverloadedDurationTlv(60))))))));
    }

    @Test
    void closeObjectTypeIsRegistered() {
        assertThat(CodecAssertions.CODEC.registry().objectCodec(new CloseObject(ObjectFlags.NONE, 1, List.of())).name())
                .isEqualTo("CLOSE");
    }
}
