package org.pathwise.ted.io.zoo;

import java.io.StringReader;
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
import org.pathwise.ted.TopologyException;

/**
 * GraphML as the Topology Zoo writes it: {@code <key id="d29" for="node" attr.name="Latitude"
 * attr.type="double"/>} declarations, then {@code <node id>} and {@code <edge source target>}
 * elements holding {@code <data key>} values. Values are mapped to attributes by their key's
 * {@code attr.name}, so the same {@link ZooMapper} serves GML and GraphML.
 */
final class GraphmlParser {

    private record Key(String name, String type) {
    }

    private final String fileName;
    private final Map<String, Key> keys = new HashMap<>();

    private GraphmlParser(String fileName) {
        this.fileName = fileName;
    }

    static ZooGraph parse(String text, String fileName) {
        return new GraphmlParser(fileName).read(text);
    }

    private ZooGraph read(String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No DTDs or external entities: a topology file must not make the loader fetch anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, Object> graphAttributes = new LinkedHashMap<>();
        List<ZooGraph.ZooNode> nodes = new ArrayList<>();
        List<ZooGraph.ZooEdge> edges = new ArrayList<>();
        boolean directed = false;
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(new StringReader(text));
            Map<String, Object> current = graphAttributes;
            String nodeKey = null;
            String edgeSource = null;
            String edgeTarget = null;
            int elementLine = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "key" -> keys.put(required(x, "id"), new Key(required(x, "attr.name"),
                                x.getAttributeValue(null, "attr.type")));
                        case "graph" -> directed = "directed".equals(x.getAttributeValue(null, "edgedefault"));
                        case "node" -> {
                            nodeKey = required(x, "id");
                            elementLine = x.getLocation().getLineNumber();
                            current = new LinkedHashMap<>();
                            current.put("id", nodeKey);
                        }
                        case "edge" -> {
                            edgeSource = required(x, "source");
                            edgeTarget = required(x, "target");
                            elementLine = x.getLocation().getLineNumber();
                            current = new LinkedHashMap<>();
                        }
                        case "data" -> data(x, current);
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "node" -> {
                            nodes.add(new ZooGraph.ZooNode(nodeKey, current, elementLine));
                            current = graphAttributes;
                        }
                        case "edge" -> {
                            edges.add(new ZooGraph.ZooEdge(edgeSource, edgeTarget, current, elementLine));
                            current = graphAttributes;
                        }
                        default -> {
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            throw TopologyException.at(fileName, loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        } finally {
            close(x);
        }
        return new ZooGraph(fileName, graphAttributes, directed, nodes, edges);
    }

    private void data(XMLStreamReader x, Map<String, Object> into) throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        String keyId = required(x, "key");
        Key key = keys.get(keyId);
        if (key == null) {
            throw TopologyException.at(fileName, line, 0, "<data key=\"" + keyId + "\"> uses a key that no <key> element declares");
        }
        String text = x.getElementText().trim();
        Object value = text;
        if (key.type != null && (key.type.equals("double") || key.type.equals("float") || key.type.equals("int")
                || key.type.equals("long"))) {
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw TopologyException.at(fileName, line, 0, "'" + key.name + "' must be a number (found '" + text + "')");
            }
        }
        Object previous = into.putIfAbsent(key.name, value);
        if (previous != null && !previous.equals(value)) {
            throw TopologyException.at(fileName, line, 0, "'" + key.name + "' given twice with different values ("
                    + previous + ", " + value + "); keep one");
        }
    }

    private String required(XMLStreamReader x, String attribute) {
        String v = x.getAttributeValue(null, attribute);
        if (v == null) {
            throw TopologyException.at(fileName, x.getLocation().getLineNumber(), x.getLocation().getColumnNumber(),
                    "<" + x.getLocalName() + "> needs a '" + attribute + "' attribute");
        }
        return v;
    }

    private static void close(XMLStreamReader x) {
        if (x != null) {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release that matters: the input is an in-memory string
            }
        }
    }
}
