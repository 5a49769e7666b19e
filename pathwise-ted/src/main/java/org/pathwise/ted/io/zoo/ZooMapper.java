package org.pathwise.ted.io.zoo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.GreatCircle;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyDocument;

/**
 * Maps a Topology Zoo network to a topology:
 * <ul>
 *   <li>node id: its {@code label} when unique in the file, else {@code label#key}; the file's
 *       own node key when there is no label; coordinates from {@code Latitude}/{@code Longitude};
 *   <li>each edge becomes two paired directed links {@code L<n>} and {@code L<n>/r}, n counting
 *       edges in file order from 1; parallel edges stay parallel links; a directed graph's edges
 *       stay one-way;
 *   <li>capacity from {@link LinkSpeed}, else {@link ImportOptions#defaultCapacity()};
 *   <li>delay: fibre along the great circle when both ends have coordinates, else
 *       {@link GreatCircle#DEFAULT_LINK_KM}; IGP = TE metric = that length in km (at least 1).
 * </ul>
 * A self-loop or an edge to an undeclared node is rejected with the edge's line.
 */
final class ZooMapper {

    static final String ATTRIBUTION = "The Internet Topology Zoo (topology-zoo.org), S. Knight, H. X. Nguyen, N. Falkner,"
            + " R. Bowden, M. Roughan, IEEE JSAC 29(9), 2011; licensed CC BY 4.0";

    private ZooMapper() {
    }

    static TopologyDocument map(ZooGraph g, ImportOptions options) {
        String file = g.fileName();
        Map<String, Integer> labelCount = new HashMap<>();
        for (ZooGraph.ZooNode n : g.nodes()) {
            labelCount.merge(label(n), 1, Integer::sum);
        }
        TopologyBuilder b = TopologyBuilder.create();
        Map<String, Node> byKey = new HashMap<>();
        Map<String, Integer> keyLine = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        for (ZooGraph.ZooNode n : g.nodes()) {
            Integer first = keyLine.putIfAbsent(n.key(), n.line());
            if (first != null) {
                throw TopologyException.at(file, n.line(), 0, "duplicate node id " + n.key() + " (first at line " + first + ")");
            }
            String label = label(n);
            String id = label.isEmpty() ? n.key() : labelCount.get(label) == 1 ? label : label + "#" + n.key();
            if (!usedIds.add(id)) {
                id = n.key();
                if (!usedIds.add(id)) {
                    throw TopologyException.at(file, n.line(), 0, "node id '" + id + "' is ambiguous (labels clash with ids)");
                }
            }
            double lat = coordinate(n.attributes().get("Latitude"), 90);
            double lon = coordinate(n.attributes().get("Longitude"), 180);
            Node node = new Node(id, label.isEmpty() ? id : label, null, null, null, null,
                    Double.isNaN(lon) ? Double.NaN : lat, Double.isNaN(lat) ? Double.NaN : lon);
            byKey.put(n.key(), node);
            b.addNode(node);
        }
        int count = 0;
        for (ZooGraph.ZooEdge e : g.edges()) {
            count++;
            Node a = endpoint(byKey, e, e.source(), file);
            Node z = endpoint(byKey, e, e.target(), file);
            if (a == z) {
                throw TopologyException.at(file, e.line(), 0, "edge joins node '" + a.id()
                        + "' to itself (a self-loop); a TE link needs two different nodes: remove this edge");
            }
            double km = a.hasCoordinates() && z.hasCoordinates()
                    ? GreatCircle.km(a.latitude(), a.longitude(), z.latitude(), z.longitude()) : GreatCircle.DEFAULT_LINK_KM;
            double bps = LinkSpeed.bitsPerSecond(e.attributes());
            Link link = Link.builder("L" + count, a.id(), z.id())
                    .igpMetric(GreatCircle.metricFromKm(km))
                    .delayMicros(GreatCircle.delayMicros(km))
                    .maxBandwidth(Double.isNaN(bps) ? options.defaultCapacity() : bps / 8)
                    .build();
            if (g.directed()) {
                b.addLink(link);
            } else {
                b.addBidirectional(link);
            }
        }
        TeSnapshot snapshot;
        try {
            snapshot = b.build();
        } catch (TopologyException ex) {
            throw TopologyException.at(file, 0, 0, ex);
        }
        String name = text(g.attributes().get("Network"));
        if (name == null) {
            name = text(g.attributes().get("label"));
        }
        String source = text(g.attributes().get("Source"));
        return new TopologyDocument(snapshot, name, source == null ? null : "Source: " + source, ATTRIBUTION);
    }

    private static Node endpoint(Map<String, Node> byKey, ZooGraph.ZooEdge e, String key, String file) {
        Node n = byKey.get(key);
        if (n == null) {
            throw TopologyException.at(file, e.line(), 0, "edge references unknown node " + key);
        }
        return n;
    }

    private static String label(ZooGraph.ZooNode n) {
        String label = text(n.attributes().get("label"));
        return label == null ? "" : label.trim();
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    private static double coordinate(Object v, double limit) {
        double d = v instanceof Double x ? x : Double.NaN;
        return Math.abs(d) <= limit ? d : Double.NaN;
    }
}
