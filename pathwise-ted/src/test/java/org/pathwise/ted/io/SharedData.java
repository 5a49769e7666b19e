package org.pathwise.ted.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared reference data (SNDlib, Topology Zoo, Net2Plan): the system property
 * {@code pathwise.shared.data} if set, else {@code shared/data} beside the repository root (or
 * beside one of its parent folders, which covers git worktrees kept in a subfolder).
 */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String override = System.getProperty("pathwise.shared.data");
        if (override != null) {
            return Path.of(override);
        }
        Path root = repoRoot();
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return root.resolveSibling("shared").resolve("data");
    }

    /** The data folder, or the test is skipped with a message saying where it looked. */
    static Path require() {
        Path dir = dir();
        boolean present = Files.isDirectory(dir);
        if (!present) {
            System.err.println("SKIPPED: shared topology data not found at " + dir
                    + " (set -Dpathwise.shared.data=/path/to/shared/data)");
        }
        assumeTrue(present, "shared topology data not found at " + dir + "; set -Dpathwise.shared.data");
        return dir;
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q.resolve("pathwise")) && Files.exists(q.resolve("pom.xml")) && Files.isDirectory(q.resolve("pathwise-ted"))) {
                return q;
            }
        }
        return p;
    }
}
