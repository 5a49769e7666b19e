package org.pathwise.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/**
 * The test network, every link both ways, IGP metric = TE metric, SRGB 16000 on every node:
 * <pre>
 *   A(1.1.1.1) --AB te10 bw1000 srlg100-- B(2.2.2.2)
 *      |                                 /    |
 *   AC te5 bw1000               CB te20 /   BD te10 bw1000 srlg100
 *      |                              /       |
 *   C(3.3.3.3) ---CD te5 bw100 ag0x1--------- D(4.4.4.4)
 * </pre>
 * A→D: cheapest A-C-D (10); with more than 100 B/s or C-D excluded, A-B-D (20).
 * Interface addresses 10.0.XY.X on X's side, 10.0.XY.Y on Y's side.
 */
public final class TestNetwork {
    private TestNetwork() {}

    public static TeSnapshot square() {
        TopologyBuilder b = TopologyBuilder.create();
        node(b, "A", "1.1.1.1", 1);
        node(b, "B", "2.2.2.2", 2);
        node(b, "C", "3.3.3.3", 3);
        node(b, "D", "4.4.4.4", 4);
        link(b, "AB", "A", "B", 1, 2, 10, 1000, 0, 100);
        link(b, "AC", "A", "C", 1, 3, 5, 1000, 0, -1);
        link(b, "CD", "C", "D", 3, 4, 5, 100, 0x1, -1);
        link(b, "BD", "B", "D", 2, 4, 10, 1000, 0, 100);
        link(b, "CB", "C", "B", 3, 2, 20, 1000, 0, -1);
        return b.build();
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void node(TopologyBuilder b, String id, String routerId, int sidIndex) {
        b.addNode(new Node(id, id, (java.net.Inet4Address) ip(routerId), null, List.of(),
                SrNodeInfo.mpls(16000, 8000, sidIndex), Double.NaN, Double.NaN));
    }

    private static void link(TopologyBuilder b, String id, String from, String to, int x, int y, long te, double bw,
            int adminGroup, int srlg) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        Link.Builder l = Link.builder(id, from, to)
                .addresses(ip("10.0." + lo + hi + "." + x), ip("10.0." + lo + hi + "." + y))
                .igpMetric(te).teMetric(te).maxBandwidth(bw).adminGroup(adminGroup);
        if (srlg >= 0) {
            l.srlgs(srlg);
        }
        b.addBidirectional(l.build());
    }
}
