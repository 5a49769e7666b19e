package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Paths as an engineer reads them: names through router IDs and interface addresses, metrics, labels. */
class PathRendererTest {
    private static final Rp RP = Rp.of(1, 0, List.of());

    /** Madrid 10.0.0.1 —(192.0.2.0/31)— Paris 10.0.0.2 —(192.0.2.2/31)— Berlin 10.0.0.3. */
    private static TeSnapshot topology() throws Exception {
        TopologyBuilder b = TopologyBuilder.create();
        b.addNode(node("MAD", "Madrid", 1)).addNode(node("PAR", "Paris", 2)).addNode(node("BER", "Berlin", 3));
        b.addBidirectional(Link.builder("l1", "MAD", "PAR").addresses(ip("192.0.2.0"), ip("192.0.2.1")).build());
        b.addBidirectional(Link.builder("l2", "PAR", "BER").addresses(ip("192.0.2.2"), ip("192.0.2.3")).build());
        return b.build();
    }

    private static Node node(String id, String name, int last) throws Exception {
        return new Node(id, name, (Inet4Address) ip("10.0.0." + last), null, List.of(), null, Double.NaN, Double.NaN);
    }

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void anRsvpEroNamesEachHopByItsInterfaceAndShowsTheMetric() throws Exception {
        Response r = Response.of(RP, new Ero(ObjectFlags.NONE, List.of(
                        Ipv4PrefixSubobject.strict(Ipv4Address.parse("192.0.2.1")),
                        Ipv4PrefixSubobject.strict(Ipv4Address.parse("10.0.0.3")))),
                new Metric(ObjectFlags.NONE, false, false, Metric.TE, 2350f),
                new Metric(ObjectFlags.NONE, false, false, Metric.PATH_DELAY, 12.5f));
        assertThat(new PathRenderer(topology()).render(r, "Madrid"))
                .containsExactly("Madrid → Paris → Berlin  (2 hops, TE metric 2,350, delay 12.5 µs)");
    }

    @Test
    void anSrPathShowsTheLabelStackAndTheNodeEachLabelReaches() throws Exception {
        Response r = Response.of(RP, new Ero(ObjectFlags.NONE, List.of(
                SrSubobject.mplsLabel(16002, new Nai.Ipv4Node(Ipv4Address.parse("10.0.0.2"))),
                SrSubobject.mplsLabel(16003, new Nai.Ipv4Node(Ipv4Address.parse("10.0.0.3"))))));
        assertThat(new PathRenderer(topology()).render(r, "Madrid"))
                .containsExactly("Madrid → Paris → Berlin  (SR label stack [16002 (Paris), 16003 (Berlin)])");
    }

    @Test
    void noPathSaysWhyAndUnknownAddressesStayAddresses() throws Exception {
        NoPathVectorTlv unknownDestination = new NoPathVectorTlv(false, true, false, false, false, false, false, false, 0);
        Response none = Response.of(RP, new NoPath(ObjectFlags.NONE, 0, false, List.of(unknownDestination)));
        assertThat(new PathRenderer(topology()).render(none, "Madrid")).containsExactly("NO-PATH: unknown destination");
        Response far = Response.of(RP, new Ero(ObjectFlags.NONE, List.of(
                new Ipv4PrefixSubobject(true, Ipv4Address.parse("198.51.100.7"), 32, 0))));
        assertThat(new PathRenderer(null).render(far, null)).containsExactly("198.51.100.7 (loose)  (1 hop)");
    }
}
