package org.pathwise.ted.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.json.PathwiseFormat;

/**
 * The documented format and the loader agree: every shipped example and the bundled topology load,
 * and docs/topology.schema.json lists exactly the keys the loader accepts.
 */
class SchemaAndExamplesTest {

    private static final Path DOCS = SharedData.repoRoot().resolve("docs");

    @Test
    void shippedExamplesLoad() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
            examples = files.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            TeSnapshot s = TopologyFiles.load(example);
            assertThat(s.nodeCount()).as(example.toString()).isPositive();
        }
        TeSnapshot triangle = TopologyFiles.load(DOCS.resolve("examples/triangle.yaml"));
        assertThat(triangle.linkCount()).isEqualTo(7);
        assertThat(triangle.link(triangle.reverse(triangle.linkIndex("AMS-PAR"))).id()).isEqualTo("PAR-AMS");
    }

    @Test
    void bundledTopologyLoadsWithItsAttribution() {
        TopologyDocument doc = TopologyFiles.readBundled("geant2009");
        assertThat(doc.attribution()).contains("Internet Topology Zoo").contains("CC BY 4.0");
        TeSnapshot s = doc.snapshot();
        assertThat(s.nodeCount()).isEqualTo(34);
        assertThat(s.linkCount()).isEqualTo(104);
        for (int n = 0; n < s.nodeCount(); n++) {
            assertThat(s.node(n).hasCoordinates()).isTrue();
            assertThat(s.node(n).sr().nodeSidLabel()).isEqualTo(16000 + n);
            assertThat(s.nodeIndexByAddress(s.node(n).routerId())).isEqualTo(n);
        }
        assertThat(TopologyFiles.BUNDLED_NAMES).containsExactly("geant2009");
    }

    @Test
    void schemaListsExactlyTheKeysTheLoaderAccepts() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(DOCS.resolve("topology.schema.json").toFile());
        JsonNode defs = schema.get("$defs");
        assertThat(keys(schema.get("properties"))).containsExactlyElementsOf(PathwiseFormat.TOP_KEYS);
        assertThat(keys(defs.get("node").get("properties"))).containsExactlyElementsOf(PathwiseFormat.NODE_KEYS);
        assertThat(keys(defs.get("node").get("properties").get("sr").get("properties"))).containsExactlyElementsOf(PathwiseFormat.SR_KEYS);
        assertThat(keys(defs.get("attributes").get("properties"))).containsExactlyElementsOf(PathwiseFormat.ATTRIBUTE_KEYS);
        assertThat(keys(defs.get("link").get("properties"))).containsExactlyElementsOf(PathwiseFormat.LINK_KEYS);
        assertThat(keys(defs.get("direction").get("properties"))).containsExactlyElementsOf(PathwiseFormat.DIRECTION_KEYS);
        assertThat(keys(defs.get("attributes").get("properties").get("wavelengths").get("properties")))
                .containsExactlyElementsOf(PathwiseFormat.WAVELENGTH_KEYS);
        assertThat(schema.get("properties").get("format").get("const").asText()).isEqualTo(PathwiseFormat.FORMAT);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
