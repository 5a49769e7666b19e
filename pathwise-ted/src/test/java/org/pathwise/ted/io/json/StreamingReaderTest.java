package org.pathwise.ted.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.GeneratorSpec;
import org.pathwise.ted.generate.TopologyGenerator;
import org.pathwise.ted.io.TopologyDocument;

/**
 * The streaming fast path must build exactly what the whole-tree reader builds, and must hand
 * every document it cannot vouch for (errors, unusual key order) back to it.
 */
class StreamingReaderTest {

    private static final String TRIANGLE = """
            {"format": "pathwise-topology/1", "name": "t", "attribution": "me",
             "defaults": {"bandwidth": "10G", "igpMetric": 10},
             "nodes": [{"id": "A", "latitude": 48.8, "longitude": 2.3}, {"id": "B", "latitude": 51.5, "longitude": 0},
                       {"id": "C", "routerId": "192.0.2.3"}],
             "links": [{"id": "AB", "from": "A", "to": "B", "fromAddress": "10.0.0.0", "toAddress": "10.0.0.1",
                        "reverse": {"id": "BA", "unreservedBandwidth": "1G"}},
                       {"id": "BC", "from": "B", "to": "C", "bidirectional": false, "srlgs": [7, 9]}]}
            """;

    @Test
    void generatedTopologiesStreamToTheSameSnapshotAsTheTree() throws IOException {
        TeSnapshot generated = TopologyGenerator.generate(GeneratorSpec.of(GeneratorSpec.Model.WAXMAN, 400, 5).withWavelengths(40));
        for (PathwiseWriter.Syntax syntax : PathwiseWriter.Syntax.values()) {
            StringWriter out = new StringWriter();
            PathwiseWriter.write(new TopologyDocument(generated, "g", "d", "a"), out, syntax);
            JsonFactory factory = syntax == PathwiseWriter.Syntax.JSON ? new JsonFactory() : new YAMLFactory();
            TopologyDocument streamed = StreamingReader.read(factory, out.toString(), "g");
            TopologyDocument whole = PathwiseReader.readWhole(factory, out.toString(), "g");
            assertThat(streamed).as("streamed %s", syntax).isNotNull();
            assertSame(streamed, whole);
            assertThat(streamed.snapshot().links()).isEqualTo(generated.links());
        }
    }

    @Test
    void theUsualOrderStreams() {
        TopologyDocument streamed = StreamingReader.read(new JsonFactory(), TRIANGLE, "t.json");
        assertThat(streamed).isNotNull();
        assertSame(streamed, PathwiseReader.readWhole(new JsonFactory(), TRIANGLE, "t.json"));
        assertThat(streamed.attribution()).isEqualTo("me");
    }

    @Test
    void otherOrdersFallBackToTheTreeAndReadTheSame() {
        String linksFirst = """
                {"links": [{"id": "AB", "from": "A", "to": "B"}],
                 "nodes": [{"id": "A"}, {"id": "B"}], "defaults": {"bandwidth": "1G"}}
                """;
        String defaultsLast = """
                {"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"id": "AB", "from": "A", "to": "B"}],
                 "defaults": {"bandwidth": "1G"}}
                """;
        for (String text : new String[] {linksFirst, defaultsLast}) {
            assertThat(StreamingReader.read(new JsonFactory(), text, "x.json")).isNull();
            TeSnapshot s = PathwiseReader.readJson(text, "x.json").snapshot();
            assertThat(s.linkCount()).isEqualTo(2);
            assertThat(s.maxBandwidth(0)).isEqualTo(1e9 / 8);
        }
    }

    @Test
    void everyProblemIsLeftToTheTreeReader() {
        String[] broken = {
            "",
            "[1]",
            "{\"nodes\": [{\"id\": \"A\"}], \"nodes\": []}",
            "{\"nodes\": [{\"id\": \"A\"}, {\"id\": \"A\"}]}",
            "{\"nodes\": [{\"id\": \"A\"}, {\"id\": \"B\"}], \"links\": [{\"id\": \"L\", \"from\": \"A\", \"to\": \"B\", \"bandwidth\": 1},"
                    + " {\"id\": \"L/r\", \"from\": \"A\", \"to\": \"B\", \"bandwidth\": 1}]}",
            "{\"nodes\": [{\"id\": \"A\"}], \"format\": \"other/2\"}",
            "{\"nodes\": [{\"id\": \"A\"}], \"bandwith\": 1}",
            "{\"nodes\": [{\"id\": \"A\"}]} trailing",
            "{\"nodes\": [{\"id\": \"A\"}], \"defaults\": {\"colour\": 1}}",
            "{\"nodes\": [{\"id\": \"A\"}], \"links\": [{\"id\": \"L\", \"from\": \"A\", \"to\": \"Z\", \"bandwidth\": 1}]}",
            "{\"nodes\": [{\"id\": \"A\"}], \"name\": true}",
            "{\"nodes\": [{\"id\": \"A\"}, ",
        };
        for (String text : broken) {
            assertThat(StreamingReader.read(new JsonFactory(), text, "x.json")).as(text).isNull();
        }
    }

    private static void assertSame(TopologyDocument a, TopologyDocument b) {
        assertThat(a.name()).isEqualTo(b.name());
        assertThat(a.description()).isEqualTo(b.description());
        assertThat(a.attribution()).isEqualTo(b.attribution());
        TeSnapshot s = a.snapshot();
        TeSnapshot t = b.snapshot();
        assertThat(s.nodes()).isEqualTo(t.nodes());
        assertThat(s.links()).isEqualTo(t.links());
        for (int l = 0; l < s.linkCount(); l++) {
            assertThat(s.reverse(l)).isEqualTo(t.reverse(l));
        }
    }
}
