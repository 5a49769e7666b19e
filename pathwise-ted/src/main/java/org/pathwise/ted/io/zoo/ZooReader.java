package org.pathwise.ted.io.zoo;

import org.pathwise.ted.io.ImportOptions;
import org.pathwise.ted.io.TopologyDocument;

/** Entry points for Topology Zoo files: GML and GraphML, mapped by {@link ZooMapper}. */
public final class ZooReader {

    private ZooReader() {
    }

    public static TopologyDocument readGml(String text, String fileName, ImportOptions options) {
        return ZooMapper.map(GmlParser.parse(text, fileName), options);
    }

    public static TopologyDocument readGraphml(String text, String fileName, ImportOptions options) {
        return ZooMapper.map(GraphmlParser.parse(text, fileName), options);
    }
}
