package org.pathwise.ted.io.net2plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.GreatCircle;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.net2plan.Net2PlanReader.RawLink;
import org.pathwise.ted.io.net2plan.Net2PlanReader.RawNode;
import org.pathwise.ted.io.net2plan.Net2PlanReader.RawSrg;

/**
 * Net2Plan → topology:
 * <ul>
 *   <li>node id: its {@code name} when unique, else {@code n<id>}; x/y coordinates are taken as
 *       longitude/latitude when every node's fit those ranges;
 *   <li>link id {@code L<id>}; Net2Plan links are directed, paired by {@code bidirectionalPairId}
 *       when given, else the k-th u→v with the k-th v→u in file order; links with
 *       {@code isUp="false"} are left out;
 *   <li>capacity × {@link ImportOptions#net2planCapacityUnit()}; 0 (not dimensioned) or an old
 *       file's Erlangs → {@link ImportOptions#defaultCapacity()};
 *   <li>delay = length / propagation speed (Net2Plan's default 200,000 km/s when absent); IGP = TE
 *       metric = length in km (at least 1); a missing length comes from the coordinates, else
 *       {@link GreatCircle#DEFAULT_LINK_KM};
 *   <li>shared risk groups ({@code <srg id links>}) → SRLG number {@code id} on their links.
 * </ul>
 */
final class Net2PlanMapper {

    private static final double DEFAULT_SPEED_KM_PER_SECOND = 200_000;

    private final String fileName;
    private final ImportOptions options;

    Net2PlanMapper(String fileName, ImportOptions options) {
        this.fileName = fileName;
        this.options = options;
    }

    TeSnapshot map(List<RawNode> rawNodes, List<RawLink> rawLinks, List<RawSrg> srgs) {
        boolean geographic = !rawNodes.isEmpty()
                && rawNodes.stream().allMatch(n -> Math.abs(n.x()) <= 180 && Math.abs(n.y()) <= 90);
        Map<String, Integer> nameCount = new HashMap<>();
        for (RawNode n : rawNodes) {
            if (n.name() != null && !n.name().isBlank()) {
                nameCount.merge(n.name().trim(), 1, Integer::sum);
            }
        }
        TopologyBuilder b = TopologyBuilder.create();
        Map<String, Node> byKey = new HashMap<>();
        for (RawNode n : rawNodes) {
            String name = n.name() == null ? "" : n.name().trim();
            String id = !name.isEmpty() && nameCount.get(name) == 1 ? name : "n" + n.key();
            Node node = new Node(id, name.isEmpty() ? id : name, null, null, null, null,
                    geographic ? n.y() : Double.NaN, geographic ? n.x() : Double.NaN);
            if (byKey.putIfAbsent(n.key(), node) != null) {
                throw TopologyException.at(fileName, n.line(), 0, "duplicate node id " + n.key());
            }
            try {
                b.addNode(node);
            } catch (TopologyException e) {
                throw TopologyException.at(fileName, n.line(), 0, e);
            }
        }
        Map<String, List<Integer>> srlgsByLink = new HashMap<>();
        for (RawSrg srg : srgs) {
            int value;
            try {
                value = (int) Long.parseLong(srg.id());
            } catch (NumberFormatException e) {
                throw TopologyException.at(fileName, srg.line(), 0, "srg id '" + srg.id() + "' is not a number");
            }
            for (String key : srg.linkKeys()) {
                srlgsByLink.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, Link> links = new HashMap<>();
        List<RawLink> up = rawLinks.stream().filter(RawLink::up).toList();
        for (RawLink l : up) {
            Link link = link(l, byKey, srlgsByLink.getOrDefault(l.key(), List.of()));
            if (links.putIfAbsent(l.key(), link) != null) {
                throw TopologyException.at(fileName, l.line(), 0, "duplicate link id " + l.key());
            }
        }
        Map<String, RawLink> upByKey = new HashMap<>();
        up.forEach(l -> upByKey.put(l.key(), l));
        Set<String> added = new HashSet<>();
        List<RawLink> unpaired = new ArrayList<>();
        for (RawLink l : up) {
            RawLink partner = l.pairKey() == null ? null : upByKey.get(l.pairKey());
            if (added.contains(l.key())) {
                continue;
            }
            if (partner != null && partner.from().equals(l.to()) && partner.to().equals(l.from()) && !added.contains(partner.key())) {
                b.addBidirectional(links.get(l.key()), links.get(partner.key()));
                added.add(l.key());
                added.add(partner.key());
            } else {
                unpaired.add(l);
            }
        }
        Map<RawLink, RawLink> pairs = Net2PlanReader.pairInOrder(unpaired);
        for (RawLink l : unpaired) {
            if (added.contains(l.key())) {
                continue;
            }
            RawLink partner = pairs.get(l);
            if (partner != null) {
                b.addBidirectional(links.get(l.key()), links.get(partner.key()));
                added.add(partner.key());
            } else {
                b.addLink(links.get(l.key()));
            }
            added.add(l.key());
        }
        try {
            return b.build();
        } catch (TopologyException e) {
            throw TopologyException.at(fileName, 0, 0, e);
        }
    }

    private Link link(RawLink l, Map<String, Node> byKey, List<Integer> srlgs) {
        Node a = endpoint(byKey, l, l.from());
        Node z = endpoint(byKey, l, l.to());
        double km = l.lengthKm();
        if (!(km > 0)) {
            km = a.hasCoordinates() && z.hasCoordinates()
                    ? GreatCircle.km(a.latitude(), a.longitude(), z.latitude(), z.longitude()) : GreatCircle.DEFAULT_LINK_KM;
        }
        double speed = l.speedKmPerSecond() > 0 ? l.speedKmPerSecond() : DEFAULT_SPEED_KM_PER_SECOND;
        if (l.capacity() < 0) {
            throw TopologyException.at(fileName, l.line(), 0, "link " + l.key() + ": capacity must be ≥ 0 (got " + l.capacity() + ")");
        }
        double capacity = l.capacity() > 0 ? l.capacity() * options.net2planCapacityUnit() : options.defaultCapacity();
        try {
            return Link.builder("L" + l.key(), a.id(), z.id())
                    .igpMetric(GreatCircle.metricFromKm(km))
                    .delayMicros((int) Math.max(1, Math.round(km / speed * 1e6)))
                    .maxBandwidth(capacity)
                    .srlgs(srlgs.stream().mapToInt(Integer::intValue).toArray())
                    .build();
        } catch (TopologyException e) {
            throw TopologyException.at(fileName, l.line(), 0, e);
        }
    }

    private Node endpoint(Map<String, Node> byKey, RawLink l, String key) {
        Node n = byKey.get(key);
        if (n == null) {
            throw TopologyException.at(fileName, l.line(), 0, "link " + l.key() + " references unknown node " + key);
        }
        return n;
    }
}
