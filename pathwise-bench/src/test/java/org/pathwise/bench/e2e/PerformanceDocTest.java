package org.pathwise.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each experiment owns one marked block; other sections are never touched. */
class PerformanceDocTest {
    private static final String OTHERS = "# Performance\n\n## PCEP codec\n\ncodec numbers\n";

    @Test
    void theFirstBlockCreatesTheSectionAtTheEnd() {
        String doc = PerformanceDoc.splice(OTHERS, "table1", "T1 v1\n");
        assertThat(doc).startsWith(OTHERS.stripTrailing() + "\n\n" + PerformanceDoc.SECTION + "\n\n");
        assertThat(doc).endsWith("<!-- e2e:table1 -->\nT1 v1\n<!-- /e2e:table1 -->\n");
    }

    @Test
    void aSecondRunReplacesOnlyItsBlockAndANewBlockJoinsTheSection() {
        String doc = PerformanceDoc.splice(OTHERS, "table1", "T1 v1");
        doc = PerformanceDoc.splice(doc, "limit", "L v1");
        doc = PerformanceDoc.splice(doc + "\n## Sessions\n\nsession numbers\n", "table1", "T1 v2");
        doc = PerformanceDoc.splice(doc, "fig11", "F v1");
        assertThat(doc).contains("T1 v2").doesNotContain("T1 v1");
        assertThat(doc.indexOf("L v1")).isLessThan(doc.indexOf("F v1"));
        assertThat(doc.indexOf("F v1")).isLessThan(doc.indexOf("## Sessions"));
        assertThat(doc).startsWith(OTHERS.stripTrailing()).endsWith("## Sessions\n\nsession numbers\n");
        assertThat(doc.split(java.util.regex.Pattern.quote(PerformanceDoc.SECTION), -1)).hasSize(2);
    }
}
