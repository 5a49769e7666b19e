package org.pathwise.ted.io.sndlib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.GreatCircle;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyDocument;

/**
 * SNDlib 1.0 native format ({@code NODES ( … ) LINKS ( … ) DEMANDS ( … )}). Links are undirected
 * and become two paired directed links ({@code id} and {@code id/r}). Mapping:
 * <ul>
 *   <li>capacity: {@code pre_installed_capacity} when &gt; 0, else the largest module capacity,
 *       else {@link ImportOptions#defaultCapacity()}; in {@link ImportOptions#sndlibCapacityUnit()}
 *       (Mbit/s), except that a file whose capacities are all ≥ 10^6 is read as bit/s;
 *   <li>IGP = TE metric: {@code routing_cost} (×100 when the file has fractional costs, SNDlib
 *       writes two decimals); when every cost is 0, the link length in km if the coordinates are
 *       geographic, else 1; never below 1;
 *   <li>coordinates are (longitude, latitude) when they all fit those ranges and are not all whole
 *       numbers (the planar instances, e.g. atlanta, use integer map coordinates); then delay is
 *       fibre along the great circle, otherwise {@link GreatCircle#DEFAULT_LINK_KM}.
 * </ul>
 * Demands and admissible paths are skipped.
 */
public final class SndlibReader {

    private record RawNode(String id, double x, double y, int line) {
    }

    private record RawLink(String id, String from, String to, double preInstalled, double routingCost,
                           double largestModule, int line) {
    }

    private final SndlibLexer in;
    private final String fileName;
    private final ImportOptions options;
    private final List<RawNode> nodes = new ArrayList<>();
    private final List<RawLink> links = new ArrayList<>();

    private SndlibReader(String text, String fileName, ImportOptions options) {
        this.in = new SndlibLexer(text, fileName);
        this.fileName = fileName;
        this.options = options;
    }

    public static TopologyDocument read(String text, String fileName, ImportOptions options) {
        return new SndlibReader(text, fileName, options).read();
    }

    private TopologyDocument read() {
        boolean sawNodes = false;
        while (in.hasNext()) {
            SndlibLexer.Token section = in.next();
            in.expect("(");
            switch (section.text()) {
                case "NODES" -> {
                    nodes();
                    sawNodes = true;
                }
                case "LINKS" -> links();
                default -> in.skipToClose(); // META, DEMANDS, ADMISSIBLE_PATHS: not topology
            }
        }
        if (!sawNodes) {
            throw TopologyException.at(fileName, 1, 0, "no NODES section; is this an SNDlib native-format file?");
        }
        return new TopologyDocument(build(), networkName(), null,
                "SNDlib 1.0 (Orlowski et al., Networks 55(3), 2010); not for redistribution");
    }

    private void nodes() {
        while (!in.peekIs(")")) {
            SndlibLexer.Token id = in.next();
            in.expect("(");
            double x = in.number("longitude");
            double y = in.number("latitude");
            in.expect(")");
            nodes.add(new RawNode(id.text(), x, y, id.line()));
        }
        in.expect(")");
    }

    private void links() {
        while (!in.peekIs(")")) {
            SndlibLexer.Token id = in.next();
            in.expect("(");
            String from = in.next().text();
            String to = in.next().text();
            in.expect(")");
            double preInstalled = in.number("pre_installed_capacity");
            in.number("pre_installed_capacity_cost");
            double routingCost = in.number("routing_cost");
            in.number("setup_cost");
            in.expect("(");
            double largest = 0;
            while (!in.peekIs(")")) {
                largest = Math.max(largest, in.number("module_capacity"));
                in.number("module_cost");
            }
            in.expect(")");
            if (preInstalled < 0 || routingCost < 0) {
                throw TopologyException.at(fileName, id.line(), 0, "link '" + id.text()
                        + "': capacities and routing costs must be ≥ 0");
            }
            links.add(new RawLink(id.text(), from, to, preInstalled, routingCost, largest, id.line()));
        }
        in.expect(")");
    }

    private org.pathwise.ted.TeSnapshot build() {
        boolean geographic = !nodes.isEmpty() && nodes.stream().allMatch(n -> Math.abs(n.x) <= 180 && Math.abs(n.y) <= 90)
                && nodes.stream().anyMatch(n -> n.x != Math.rint(n.x) || n.y != Math.rint(n.y));
        TopologyBuilder b = TopologyBuilder.create();
        Map<String, RawNode> byId = new HashMap<>();
        for (RawNode n : nodes) {
            if (byId.putIfAbsent(n.id, n) != null) {
                throw TopologyException.at(fileName, n.line, 0, "duplicate node id '" + n.id + "' (first at line "
                        + byId.get(n.id).line + ")");
            }
            Node node = Node.of(n.id);
            b.addNode(geographic ? node.withCoordinates(n.y, n.x) : node);
        }
        boolean allZero = links.stream().allMatch(l -> l.routingCost == 0);
        boolean fractional = links.stream().anyMatch(l -> l.routingCost != Math.rint(l.routingCost));
        double unit = bitsPerSecondFile() ? 1.0 / 8 : options.sndlibCapacityUnit();
        Map<String, Integer> linkLines = new HashMap<>();
        for (RawLink l : links) {
            RawNode a = endpoint(byId, l, l.from);
            RawNode z = endpoint(byId, l, l.to);
            Integer first = linkLines.putIfAbsent(l.id, l.line);
            if (first != null) {
                throw TopologyException.at(fileName, l.line, 0, "duplicate link id '" + l.id + "' (first at line " + first + ")");
            }
            double km = geographic ? GreatCircle.km(a.y, a.x, z.y, z.x) : GreatCircle.DEFAULT_LINK_KM;
            long metric = allZero ? (geographic ? GreatCircle.metricFromKm(km) : 1)
                    : Math.max(1, Math.round(fractional ? l.routingCost * 100 : l.routingCost));
            double units = l.preInstalled > 0 ? l.preInstalled : l.largestModule;
            double capacity = units > 0 ? units * unit : options.defaultCapacity();
            try {
                b.addBidirectional(Link.builder(l.id, l.from, l.to).igpMetric(metric)
                        .delayMicros(GreatCircle.delayMicros(km)).maxBandwidth(capacity).build());
            } catch (TopologyException e) {
                throw TopologyException.at(fileName, l.line, 0, e);
            }
        }
        try {
            return b.build();
        } catch (TopologyException e) {
            throw TopologyException.at(fileName, 0, 0, e);
        }
    }

    /**
     * A file whose every capacity is at least 10^6 units is written in bit/s, not Mbit/s (brain's
     * modules are 10^9 and 10^10: 1 and 10 Gbit/s, not petabits).
     */
    private boolean bitsPerSecondFile() {
        boolean any = false;
        for (RawLink l : links) {
            for (double c : new double[] {l.preInstalled, l.largestModule}) {
                if (c > 0) {
                    if (c < 1e6) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    private RawNode endpoint(Map<String, RawNode> byId, RawLink l, String nodeId) {
        RawNode n = byId.get(nodeId);
        if (n == null) {
            throw TopologyException.at(fileName, l.line, 0, "link '" + l.id + "' references unknown node '" + nodeId + "'");
        }
        return n;
    }

    private String networkName() {
        return in.networkName();
    }
}
