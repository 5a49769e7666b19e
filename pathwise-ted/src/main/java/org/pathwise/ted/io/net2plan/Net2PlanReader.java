package org.pathwise.ted.io.net2plan;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyDocument;

/**
 * Net2Plan {@code .n2p} files (XML), both the current layout ({@code <node id>} plus
 * {@code <layer><link …/></layer>}) and the old one ({@code <physicalTopology>} with nodes numbered
 * by position). One layer is imported: the one marked {@code isDefaultLayer="true"}, else the
 * first. Mapping is done by {@link Net2PlanMapper}.
 */
public final class Net2PlanReader {

    record RawNode(String key, String name, double x, double y, int line) {
    }

    record RawLink(String key, String layer, String from, String to, double capacity, double lengthKm,
                   double speedKmPerSecond, String pairKey, boolean up, int line) {
    }

    record RawSrg(String id, List<String> linkKeys, int line) {
    }

    private final String fileName;
    final List<RawNode> nodes = new ArrayList<>();
    final List<RawLink> links = new ArrayList<>();
    final List<RawSrg> srgs = new ArrayList<>();
    final Map<String, Boolean> layers = new LinkedHashMap<>();
    String networkName;
    String description;

    private Net2PlanReader(String fileName) {
        this.fileName = fileName;
    }

    public static TopologyDocument read(String text, String fileName, ImportOptions options) {
        Net2PlanReader r = new Net2PlanReader(fileName);
        r.parse(text);
        String layer = r.chosenLayer();
        TeSnapshot snapshot = new Net2PlanMapper(fileName, options).map(r.nodes, r.links.stream()
                .filter(l -> l.layer().equals(layer)).toList(), r.srgs);
        return new TopologyDocument(snapshot, r.networkName, r.description,
                "Net2Plan (github.com/girtel/Net2Plan), BSD-2-Clause");
    }

    private String chosenLayer() {
        for (Map.Entry<String, Boolean> e : layers.entrySet()) {
            if (e.getValue()) {
                return e.getKey();
            }
        }
        return layers.isEmpty() ? "" : layers.keySet().iterator().next();
    }

    private void parse(String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(new StringReader(text));
            String layer = "";
            boolean sawNetwork = false;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    if (x.getEventType() == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("layer")) {
                        layer = "";
                    }
                    continue;
                }
                int line = x.getLocation().getLineNumber();
                switch (x.getLocalName()) {
                    case "network" -> {
                        sawNetwork = true;
                        networkName = x.getAttributeValue(null, "name");
                        description = x.getAttributeValue(null, "description");
                    }
                    case "layer" -> {
                        layer = attr(x, "id", "layer" + layers.size());
                        layers.put(layer, "true".equals(x.getAttributeValue(null, "isDefaultLayer")));
                    }
                    case "node" -> nodes.add(new RawNode(attr(x, "id", Integer.toString(nodes.size())),
                            x.getAttributeValue(null, "name"), number(x, "xCoord", Double.NaN), number(x, "yCoord", Double.NaN), line));
                    case "link" -> {
                        layers.putIfAbsent(layer, false);
                        links.add(new RawLink(attr(x, "id", Integer.toString(links.size())), layer,
                                required(x, "originNodeId"), required(x, "destinationNodeId"),
                                number(x, "capacity", 0),
                                number(x, "lengthInKm", number(x, "linkLengthInKm", Double.NaN)),
                                number(x, "propagationSpeedInKmPerSecond", Double.NaN),
                                x.getAttributeValue(null, "bidirectionalPairId"),
                                !"false".equals(x.getAttributeValue(null, "isUp")), line));
                    }
                    case "srg" -> {
                        String list = attr(x, "links", "").trim();
                        srgs.add(new RawSrg(required(x, "id"), list.isEmpty() ? List.of() : List.of(list.split("\\s+")), line));
                    }
                    default -> {
                    }
                }
            }
            if (!sawNetwork) {
                throw TopologyException.at(fileName, 1, 0, "no <network> element; is this a Net2Plan .n2p file?");
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            throw TopologyException.at(fileName, loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // in-memory input: nothing to release
                }
            }
        }
    }

    private static String attr(XMLStreamReader x, String name, String fallback) {
        String v = x.getAttributeValue(null, name);
        return v == null ? fallback : v;
    }

    private String required(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(null, name);
        if (v == null) {
            throw TopologyException.at(fileName, x.getLocation().getLineNumber(), 0,
                    "<" + x.getLocalName() + "> needs a '" + name + "' attribute");
        }
        return v;
    }

    private double number(XMLStreamReader x, String name, double fallback) {
        String v = x.getAttributeValue(null, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw TopologyException.at(fileName, x.getLocation().getLineNumber(), 0,
                    "<" + x.getLocalName() + "> attribute " + name + "=\"" + v + "\" is not a number");
        }
    }

    /** Pairs left after explicit pair ids: the k-th u→v link with the k-th v→u link, in file order. */
    static Map<RawLink, RawLink> pairInOrder(List<RawLink> unpaired) {
        Map<String, ArrayDeque<RawLink>> waiting = new HashMap<>();
        Map<RawLink, RawLink> pairs = new LinkedHashMap<>();
        for (RawLink l : unpaired) {
            ArrayDeque<RawLink> mirror = waiting.get(l.to() + "\u0000" + l.from());
            if (mirror != null && !mirror.isEmpty()) {
                pairs.put(mirror.poll(), l);
            } else {
                waiting.computeIfAbsent(l.from() + "\u0000" + l.to(), k -> new ArrayDeque<>()).add(l);
            }
        }
        return pairs;
    }
}
