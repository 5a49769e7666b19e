package org.pathwise.cli.pathext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.compute.p2mp.P2mpRequest;
import org.pathwise.compute.p2mp.P2mpResult;
import org.pathwise.compute.p2mp.P2mpTreeComputer;
import org.pathwise.compute.p2mp.TreeObjective;
import org.pathwise.ted.TeSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathwise path-tree TOPOLOGY --from S --leaves A,B,C [--objective mct|spt]}: a P2MP tree. */
@Command(name = "path-tree", mixinStandardHelpOptions = true,
        description = "Compute a bandwidth-feasible point-to-multipoint tree from --from to every leaf: minimum-cost "
                + "Steiner heuristic (mct, Takahashi-Matsuyama) or shortest-path tree (spt). Unreachable leaves are "
                + "listed with their reason.")
public final class PathTreeCommand extends ExtensionVerb {

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "Root node id")
    String from;

    @Option(names = "--leaves", required = true, split = ",", paramLabel = "NODE", description = "Leaf node ids")
    List<String> leaves;

    @Option(names = "--objective", defaultValue = "mct", paramLabel = "OF",
            description = "mct (minimum cost tree, default) or spt (shortest path tree)")
    String objective;

    @Override
    Map<String, Object> compute(TeSnapshot s) {
        TreeObjective of = switch (objective.toLowerCase(java.util.Locale.ROOT)) {
            case "mct" -> TreeObjective.MIN_COST_TREE;
            case "spt" -> TreeObjective.SHORTEST_PATH_TREE;
            default -> throw new IllegalArgumentException("--objective must be mct or spt, not '" + objective + "'");
        };
        P2mpResult r = new P2mpTreeComputer().compute(s,
                new P2mpRequest(constraints.request(from, leaves.get(0)).build(), leaves, of));
        return switch (r) {
            case P2mpResult.Failed f -> ResultJson.noPath(f.noPath());
            case P2mpResult.Tree t -> {
                List<Map<String, Object>> branches = new ArrayList<>();
                for (P2mpResult.Branch b : t.branches()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("leaf", b.leaf());
                    m.put("path", ResultJson.path(s, b.path()));
                    branches.add(m);
                }
                Map<String, Object> unreachable = new LinkedHashMap<>();
                t.unreachable().forEach((leaf, why) -> unreachable.put(leaf, ResultJson.noPath(why)));
                List<String> links = new ArrayList<>();
                for (int l : t.links()) {
                    links.add(s.link(l).id());
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("result", "tree");
                m.put("cost", t.cost());
                m.put("links", links);
                m.put("branches", branches);
                m.put("unreachable", unreachable);
                yield m;
            }
        };
    }
}
