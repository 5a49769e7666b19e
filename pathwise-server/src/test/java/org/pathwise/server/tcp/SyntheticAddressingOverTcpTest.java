package org.pathwise.server.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.server.PceService;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.server.fixtures.SndlibSquare;
import org.pathwise.server.tedwatch.ReloadResult;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.transport.SessionTransport;

/**
 * A topology file without router IDs (SNDlib) served over TCP: the PCE invents the same router IDs
 * as {@code pathwise pcc} (10.0.0.1 + node index), at start and after a reload, so END-POINTS
 * naming them are answered with the shortest path instead of "unknown source".
 */
class SyntheticAddressingOverTcpTest {
    static final String SQUARE = SndlibSquare.TEXT;
    /** The square and N5 behind N4 (cost 7): N1→N5 is N1 N2 N4 N5, TE metric 27. */
    static final String WITH_N5 = SQUARE.replace("  N4 ( 1.00 1.00 )\n", "  N4 ( 1.00 1.00 )\n  N5 ( 2.00 1.00 )\n")
            .replace("  L4 ( N3 N4 ) 1000.00 0.00 30.00 0.00 ( )\n",
                    "  L4 ( N3 N4 ) 1000.00 0.00 30.00 0.00 ( )\n  L5 ( N4 N5 ) 1000.00 0.00 7.00 0.00 ( )\n");

    private static Response ask(TestPcc pcc, long id, String from, String to) {
        pcc.send(PcReq.of(Request.of(Rp.of(id, 0, List.of()),
                new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse(from), Ipv4Address.parse(to)),
                new Metric(ObjectFlags.P, true, false, Metric.TE, 0f))));
        Response r = pcc.next(PcRep.class).responses().get(0);
        assertThat(r.rp().requestId()).isEqualTo(id);
        assertThat(r.noPath()).as("request %d %s → %s has a path", id, from, to).isEmpty();
        return r;
    }

    private static List<String> hops(Response r) {
        return r.paths().get(0).ero().subobjects().stream()
                .map(s -> ((Ipv4PrefixSubobject) s).address().toString()).toList();
    }

    private static Metric te(float value) {
        return new Metric(ObjectFlags.NONE, false, false, Metric.TE, value);
    }

    @Test
    void endPointsNamingTheSyntheticRouterIdsAreAnsweredBeforeAndAfterAReload(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("square.txt");
        Files.writeString(file, SQUARE);
        ServerConfig.Builder b = ServerConfig.builder();
        b.listenAddress = "127.0.0.1";
        b.port = 0;
        b.workers = 1;
        b.topology = file;
        b.watchTopology = false;
        try (PceService pce = PceService.start(b.build());
                SessionTransport clients = SessionTransport.create(1);
                TestPcc pcc = new TestPcc(clients, pce.localAddress(), "127.0.0.1", Capabilities.NONE)) {
            assertThat(pce.server().syntheticAddressing()).isTrue();

            Response viaN2 = ask(pcc, 1, "10.0.0.1", "10.0.0.4");
            // Each SNDlib link gets a /31 from 100.64.0.0 in file order (L1 100.64.0.0/31, its first
            // node the even address; L2 100.64.0.2/31); an ERO hop names the next node's end of the
            // link: N2's end of L1, then N4's end of L2.
            assertThat(hops(viaN2)).containsExactly("100.64.0.1", "100.64.0.3");
            assertThat(viaN2.paths().get(0).attributes()).containsExactly(te(20f));

            Files.writeString(file, WITH_N5);
            assertThat(pce.server().reloadTopology()).isEqualTo(new ReloadResult.Reloaded(2, 5, 10));
            assertThat(pce.server().ted().current().node(4).routerId().getHostAddress()).isEqualTo("10.0.0.5");
            Response toN5 = ask(pcc, 2, "10.0.0.1", "10.0.0.5");
            assertThat(toN5.paths().get(0).ero().subobjects()).hasSize(3);
            assertThat(toN5.paths().get(0).attributes()).containsExactly(te(27f));
            assertThat(ask(pcc, 3, "10.0.0.1", "10.0.0.4").paths().get(0).attributes())
                    .as("the old demand after the reload").containsExactly(te(20f));
        }
    }
}
