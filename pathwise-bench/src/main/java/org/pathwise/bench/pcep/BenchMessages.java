package org.pathwise.bench.pcep;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcRpt;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.message.StateReport;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.tlv.Ipv4LspIdentifiersTlv;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.SymbolicPathNameTlv;
import org.pathwise.pcep.types.Ipv4Address;

/** The three messages the codec benchmarks measure (issue 2): a typical PCReq, PCRpt and PCRep. */
final class BenchMessages {
    private BenchMessages() {}

    private static final ObjectFlags N = ObjectFlags.NONE;

    private static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    /** (a) RP, END-POINTS, BANDWIDTH, two METRICs, LSPA. */
    static Message pcReq() {
        return PcReq.of(Request.of(Rp.of(1, 3, List.of()), new EndpointsIpv4(ObjectFlags.P, ip("10.0.0.1"),
                ip("10.0.0.9")), Bandwidth.requested(1.25e6f), new Metric(N, false, true, Metric.TE, 100f),
                new Metric(N, true, false, Metric.HOP_COUNT, 0f), new Lspa(N, 0, 0, 0, 7, 7, true, List.of())));
    }

    /** (b) SRP, LSP with LSP-IDENTIFIERS and SYMBOLIC-PATH-NAME, a 10-hop SR-ERO. */
    static Message pcRpt() {
        List<Subobject> hops = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hops.add(new SrSubobject(false, NaiType.IPV4_NODE, true, false, (16000L + i) << 12,
                    new Nai.Ipv4Node(ip("10.0.0." + (i + 1)))));
        }
        Lsp lsp = new Lsp(N, 7, true, false, false, true, Lsp.UP, false, false, false, false, 0, List.of(
                new Ipv4LspIdentifiersTlv(ip("10.0.0.1"), 1, 7, ip("10.0.0.1"), ip("10.0.0.10")),
                SymbolicPathNameTlv.of("pol-blue-cp1")));
        return PcRpt.of(StateReport.of(new Srp(N, false, 0, 3, List.of(new PathSetupTypeTlv(1))), lsp, new Ero(N, hops)));
    }

    /** (c) a PCRep with a 10-hop IPv4 ERO. */
    static Message pcRep() {
        List<Subobject> hops = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hops.add(Ipv4PrefixSubobject.strict(ip("192.168." + i + ".1")));
        }
        return PcRep.of(Response.of(Rp.of(1, 3, List.of()), new Ero(N, hops)));
    }
}
