package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv6;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.subobject.Ipv6PrefixSubobject;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.types.Ipv6Address;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** IPv6 END-POINTS resolve by IPv6 router ID, and the ERO names IPv6 interface addresses. */
class Ipv6Test {
    static TeSnapshot line() {
        TopologyBuilder b = TopologyBuilder.create();
        for (int i = 1; i <= 3; i++) {
            b.addNode(new Node("N" + i, null, null, (Inet6Address) TestNetwork.ip("2001:db8::" + i), List.of(), null,
                    Double.NaN, Double.NaN));
        }
        b.addBidirectional(Link.builder("N1-N2", "N1", "N2").maxBandwidth(1e9)
                .addresses(TestNetwork.ip("2001:db8:12::1"), TestNetwork.ip("2001:db8:12::2")).build());
        b.addBidirectional(Link.builder("N2-N3", "N2", "N3").maxBandwidth(1e9)
                .addresses(TestNetwork.ip("2001:db8:23::2"), TestNetwork.ip("2001:db8:23::3")).build());
        return b.build();
    }

    private static Response ask(PceServer server, RecordingSession s, String from, String to) {
        server.message(s, PcReq.of(Request.of(Rp.of(1, 0, List.of()),
                new EndpointsIpv6(ObjectFlags.P, Ipv6Address.parse(from), Ipv6Address.parse(to)))), System.nanoTime());
        return s.next(PcRep.class).responses().get(0);
    }

    @Test
    void ipv6RequestGetsAnIpv6Ero() {
        RecordingSession pcc = new RecordingSession("v6");
        try (PceServer server = new PceServer(ServerConfig.builder().build(), new TeDatabase(line()))) {
            Response r = ask(server, pcc, "2001:db8::1", "2001:db8::3");
            assertThat(r.paths().get(0).ero().subobjects()).containsExactly(
                    new Ipv6PrefixSubobject(false, Ipv6Address.parse("2001:db8:12::2"), 128, 0),
                    new Ipv6PrefixSubobject(false, Ipv6Address.parse("2001:db8:23::3"), 128, 0));
            Response unknown = ask(server, pcc, "2001:db8::1", "2001:db8::99");
            assertThat(unknown.noPath().orElseThrow().tlvs())
                    .containsExactly(new NoPathVectorTlv(false, true, false, false, false, false, false, false, 0));
        }
    }
}
