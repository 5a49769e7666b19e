package org.pathwise.compute.p2mp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;

/** A P2MP tree (possibly reaching only some leaves), or why no leaf can be reached. */
public sealed interface P2mpResult {

    /** A source-to-leaf path of the tree. */
    record Branch(String leaf, Path path) {
        public Branch {
            Objects.requireNonNull(leaf, "leaf");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The tree: one branch per reached leaf (in request order), the tree's links (each once, in the
     * order they were added), its cost (sum of the request metric over the tree's links, each
     * counted once) and, per unreachable leaf, the typed reason (RFC 8306 §3.4 UNREACH-DESTINATION).
     */
    record Tree(List<Branch> branches, int[] links, long cost, Map<String, NoPath> unreachable,
                long snapshotVersion) implements P2mpResult {
        public Tree {
            branches = List.copyOf(branches);
            links = links.clone();
            unreachable = Map.copyOf(unreachable);
        }

        @Override
        public int[] links() {
            return links.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tree t && t.branches.equals(branches) && Arrays.equals(t.links, links)
                    && t.cost == cost && t.unreachable.equals(unreachable) && t.snapshotVersion == snapshotVersion;
        }

        @Override
        public int hashCode() {
            return Objects.hash(branches, Arrays.hashCode(links), cost, unreachable, snapshotVersion);
        }

        @Override
        public String toString() {
            return "Tree[branches=" + branches + ", links=" + Arrays.toString(links) + ", cost=" + cost
                    + ", unreachable=" + unreachable + ", version=" + snapshotVersion + "]";
        }
    }

    /** No leaf can be reached (or the request is unusable): the reason, as for a single path. */
    record Failed(NoPath noPath) implements P2mpResult {
        public Failed {
            Objects.requireNonNull(noPath, "noPath");
        }
    }
}
