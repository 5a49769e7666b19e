package org.pathwise.ted.io.zoo;

import java.util.List;
import java.util.Map;

/**
 * A Topology Zoo network as its file states it, before any mapping: nodes and edges with their
 * attributes by name ({@code label}, {@code Latitude}, {@code LinkSpeed}, …) and the line each
 * came from. GML and GraphML both read into this; {@link ZooMapper} turns it into a topology.
 *
 * @param attributes graph-level attributes (Network, Source, …)
 */
record ZooGraph(String fileName, Map<String, Object> attributes, boolean directed,
                List<ZooNode> nodes, List<ZooEdge> edges) {

    /** @param key the file's node id (GML {@code id}, GraphML {@code id} attribute) */
    record ZooNode(String key, Map<String, Object> attributes, int line) {
    }

    record ZooEdge(String source, String target, Map<String, Object> attributes, int line) {
    }
}
