package org.pathwise.server.tedwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.TopologyFiles;

class TopologyWatcherTest {
    static final String TWO_NODES = """
            nodes:
              - {id: A, routerId: 1.1.1.1}
              - {id: B, routerId: 2.2.2.2}
            links:
              - {id: AB, from: A, to: B, bandwidth: 1G}
            """;
    static final String THREE_NODES = TWO_NODES.replace("links:", "  - {id: C, routerId: 3.3.3.3}\nlinks:")
            + "  - {id: BC, from: B, to: C, bandwidth: 1G}\n";

    @Test
    void aChangedFileIsSwappedInAndABadOneKeepsTheOldSnapshot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, TWO_NODES);
        TeDatabase ted = new TeDatabase(TeSnapshot.empty());
        ted.replace(TopologyFiles.load(file));
        TopologyWatcher w = new TopologyWatcher(file, ted, 1000);
        assertThat(w.reloadIfChanged()).isEqualTo(new ReloadResult.Unchanged());

        Files.writeString(file, THREE_NODES);
        assertThat(w.reloadIfChanged()).isEqualTo(new ReloadResult.Reloaded(2, 3, 4));
        assertThat(ted.current().nodeCount()).isEqualTo(3);

        Files.writeString(file, THREE_NODES.replace("to: C", "to: Z"));
        ReloadResult bad = w.reloadIfChanged();
        assertThat(bad).isInstanceOf(ReloadResult.Failed.class);
        assertThat(((ReloadResult.Failed) bad).message()).isEqualTo("net.yaml:7:27: link 'BC' references unknown node 'Z'");
        assertThat(ted.current().version()).isEqualTo(2);
        assertThat(ted.current().nodeCount()).isEqualTo(3);
    }

    @Test
    void aFileWhoseNodesHaveRouterIdsIsServedAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, TWO_NODES);
        TopologyWatcher.Loaded loaded = TopologyWatcher.load(file);
        assertThat(loaded.syntheticAddressing()).isFalse();
        assertThat(loaded.nodesWithoutRouterId()).isZero();
        TeSnapshot asWritten = TopologyFiles.load(file);
        assertThat(loaded.snapshot().nodes()).isEqualTo(asWritten.nodes());
        assertThat(loaded.snapshot().links()).as("no link addresses or SIDs invented").isEqualTo(asWritten.links());
    }

    @Test
    void theBackgroundThreadPicksUpChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, TWO_NODES);
        TeDatabase ted = new TeDatabase(TeSnapshot.empty());
        ted.replace(TopologyFiles.load(file));
        try (TopologyWatcher w = new TopologyWatcher(file, ted, 20).start()) {
            Files.writeString(file, THREE_NODES);
            for (int i = 0; i < 1000 && ted.current().nodeCount() != 3; i++) {
                Thread.sleep(10);
            }
            assertThat(ted.current().nodeCount()).isEqualTo(3);
            assertThat(w.reloadIfChanged()).isEqualTo(new ReloadResult.Unchanged());
        }
    }
}
