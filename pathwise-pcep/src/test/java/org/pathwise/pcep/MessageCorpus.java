package org.pathwise.pcep;

import java.util.List;
import java.util.Map;
import org.pathwise.pcep.message.*;
import org.pathwise.pcep.object.*;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.SrlgSubobject;
import org.pathwise.pcep.tlv.*;
import org.pathwise.pcep.types.Ipv4Address;

/** One realistic message of every type, built from the model (shared by round-trip and tshark tests). */
public final class MessageCorpus {
    private MessageCorpus() {}

    static final ObjectFlags N = ObjectFlags.NONE;
    static final ObjectFlags P = ObjectFlags.P;

    static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    public static Rp rp(long id) {
        return Rp.of(id, 3, List.of());
    }

    public static Lsp lsp(long plspId, List<Tlv> tlvs) {
        return new Lsp(N, plspId, true, false, false, true, Lsp.UP, false, false, false, false, 0, tlvs);
    }

    public static Srp srp(long id) {
        return new Srp(N, false, 0, id, List.of(new PathSetupTypeTlv(1)));
    }

    public static Ero srEro(int hops) {
        List<org.pathwise.pcep.subobject.Subobject> s = new java.util.ArrayList<>();
        for (int i = 0; i < hops; i++) {
            s.add(new SrSubobject(false, NaiType.IPV4_NODE, true, false, (16000L + i) << 12,
                    new Nai.Ipv4Node(ip("10.0.0." + (i + 1)))));
        }
        return new Ero(N, s);
    }

    public static Ero ipv4Ero(int hops) {
        List<org.pathwise.pcep.subobject.Subobject> s = new java.util.ArrayList<>();
        for (int i = 0; i < hops; i++) {
            s.add(Ipv4PrefixSubobject.strict(ip("192.168." + i + ".1")));
        }
        return new Ero(N, s);
    }

    /** Message name → message, one per message type. */
    public static Map<String, Message> all() {
        Map<String, Message> m = new java.util.LinkedHashMap<>();
        m.put("Open", new Open(new OpenObject(30, 120, 1, List.of(
                StatefulPceCapabilityTlv.activeWithInstantiation(),
                new PathSetupTypeCapabilityTlv(List.of(0, 1), List.of(new SrPceCapabilityTlv(true, false, 10))),
                new AssociationTypeListTlv(List.of(1, 2)), new OfListTlv(List.of(1, 2)),
                new LspDbVersionTlv(5), new SpeakerEntityIdTlv(org.pathwise.pcep.types.Bytes.ofUtf8("pce-1"))))));
        m.put("Keepalive", Keepalive.INSTANCE);
        m.put("PCReq", new PcReq(List.of(new Svec(N, true, true, false, false, false, List.of(1L, 2L))), List.of(
                Request.of(rp(1), new EndpointsIpv4(P, ip("10.0.0.1"), ip("10.0.0.9")), Bandwidth.requested(1.25e6f),
                        new Metric(N, false, true, Metric.TE, 100f), new Metric(N, true, false, Metric.HOP_COUNT, 0f),
                        new Lspa(N, 0, 0, 0, 7, 7, true, List.of()),
                        new Xro(N, false, List.of(new SrlgSubobject(false, 12, 2)))),
                Request.of(rp(2), new EndpointsIpv4(P, ip("10.0.0.2"), ip("10.0.0.9")),
                        new ObjectiveFunction(N, 1, List.of())))));
        m.put("PCRep", PcRep.of(
                Response.of(rp(1), ipv4Ero(3), Bandwidth.requested(1.25e6f), new Metric(N, false, false, Metric.TE, 30f)),
                Response.of(rp(2), new NoPath(N, 0, false, List.of(
                        new NoPathVectorTlv(false, true, false, false, false, false, false, false, 0))))));
        m.put("PCNtf", new PcNtf(List.of(new PcNtf.Notify(List.of(rp(4)),
                List.of(new Notification(N, 1, 2, List.of()))))));
        m.put("PCErr", new PcErr(List.of(new PcErr.ErrorBlock(List.of(rp(9)), List.of(),
                List.of(PcepError.of(6, 3)))), null));
        m.put("Close", Close.of(CloseReason.NO_EXPLANATION));
        m.put("PCMonReq", new PcMonReq(new Monitoring(N, true, false, true, false, false, 11, List.of()),
                new PccReqId(N, ip("10.0.0.1")), List.of(new PceId(N, ip("10.0.0.100")))));
        m.put("PCMonRep", new PcMonRep(new Monitoring(N, true, false, true, false, false, 11, List.of()),
                new PccReqId(N, ip("10.0.0.1")), List.of(new PceId(N, ip("10.0.0.100")),
                        new ProcTime(N, false, 5, 1, 9, 4, 2), new Overload(N, 30))));
        m.put("PCRpt", PcRpt.of(StateReport.of(srp(0), lsp(7, List.of(
                new Ipv4LspIdentifiersTlv(ip("10.0.0.1"), 1, 7, ip("10.0.0.1"), ip("10.0.0.9")),
                SymbolicPathNameTlv.of("blue"))), srEro(3), Bandwidth.requested(1e6f),
                new Metric(N, false, false, Metric.TE, 30f))));
        m.put("PCUpd", PcUpd.of(LspUpdate.of(new Srp(N, false, 0, 12, List.of()), lsp(7, List.of()), srEro(2),
                new Metric(N, false, false, Metric.TE, 20f))));
        m.put("PCInitiate", PcInitiate.of(
                LspInitiation.of(srp(13), new Lsp(N, 0, true, false, false, true, 0, true, false, false, false, 0,
                        List.of(SymbolicPathNameTlv.of("initiated-1"))),
                        new EndpointsIpv4(N, ip("10.0.0.1"), ip("10.0.0.9")), srEro(2),
                        new Association(N, false, 2, 1, ip("10.0.0.100"), List.of())),
                LspInitiation.of(new Srp(N, true, 0, 14, List.of()), new Lsp(N, 5, false, false, true, false, 0, false,
                        false, false, false, 0, List.of()))));
        m.put("StartTLS", StartTls.INSTANCE);
        return m;
    }
}
