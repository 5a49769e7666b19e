package org.pathwise.compute.p2mp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.compute.ConstraintKind;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.MinHeap;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.compute.workspace.SearchTree;
import org.pathwise.ted.TeSnapshot;

/**
 * Point-to-multipoint trees on one snapshot under the core's link filter (bandwidth at the setup
 * priority, affinities, excluded nodes, links and SRLGs). Because a tree carries its traffic once
 * per link, a link is feasible for the tree exactly when it is feasible for one path, so the
 * filter applies unchanged.
 *
 * <p>{@link TreeObjective#MIN_COST_TREE}: Takahashi and Matsuyama (1980). Start with the source;
 * repeatedly run a multi-source Dijkstra from every tree node (all at distance 0) until it settles
 * the nearest unconnected leaf, and graft that path onto the tree (any leaf it passes is
 * connected too). Each graft starts at its last tree node and never re-enters the tree, so every
 * node keeps one parent and the result is a tree. O(L (m + n log n)).
 * {@link TreeObjective#SHORTEST_PATH_TREE}: one Dijkstra from the source.
 *
 * <p>Leaves that cannot be reached are reported one by one with the reason the core's diagnosis
 * gives for a single path to them. Thread-safe; a warm thread allocates only the result.
 */
public final class P2mpTreeComputer {
    private final PathComputer diagnosis;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public P2mpTreeComputer() {
        this(PathComputer.Limits.DEFAULT);
    }

    public P2mpTreeComputer(PathComputer.Limits limits) {
        this.diagnosis = new PathComputer(limits);
    }

    public P2mpResult compute(TeSnapshot s, P2mpRequest request) {
        PathRequest c = request.constraints();
        if (!c.bounds().isEmpty() || c.maxHops() > 0 || !c.includeRoute().isEmpty() || c.diversity() != null
                || c.pathCount() != 1) {
            return failed(NoPathReason.UNSUPPORTED_COMBINATION,
                    "a P2MP tree takes bandwidth, metric, affinities and exclusions; metric bounds, hop limits, "
                            + "include routes, diversity and k paths are not served for trees");
        }
        int source = s.nodeIndex(c.source());
        if (source < 0) {
            return failed(NoPathReason.SOURCE_UNKNOWN, "source node '" + c.source() + "' is not in the TED");
        }
        if (excludesNode(c, c.source())) {
            return failed(NoPathReason.ENDPOINT_EXCLUDED, "the source '" + c.source() + "' is excluded");
        }
        Scratch w = scratch.get();
        Map<String, NoPath> unreachable = new LinkedHashMap<>();
        String firstLeaf = admitLeaves(w, s, request, source, unreachable);
        if (firstLeaf == null) {
            return new P2mpResult.Failed(unreachable.values().iterator().next());
        }
        NoPath invalid = w.query.prepare(s, request.toLeaf(firstLeaf), Query.ALL);
        if (invalid != null) {
            return new P2mpResult.Failed(invalid);
        }
        w.startTree(s.nodeCount(), source);
        switch (request.objective()) {
            case MIN_COST_TREE -> takahashiMatsuyama(w, s);
            case SHORTEST_PATH_TREE -> shortestPathTree(w, s, source);
        }
        return result(w, s, request, source, unreachable);
    }

    /** Resolves the leaves into w.pending; records the unusable ones. Returns the first usable leaf id. */
    private static String admitLeaves(Scratch w, TeSnapshot s, P2mpRequest request, int source,
                                      Map<String, NoPath> unreachable) {
        w.pending.clear(s.nodeCount());
        String first = null;
        for (String leaf : request.leaves()) {
            int v = s.nodeIndex(leaf);
            if (v < 0) {
                unreachable.put(leaf, NoPath.of(NoPathReason.DESTINATION_UNKNOWN, "leaf '" + leaf + "' is not in the TED"));
            } else if (v == source) {
                unreachable.put(leaf, NoPath.of(NoPathReason.SAME_ENDPOINTS, "leaf '" + leaf + "' is the source"));
            } else if (excludesNode(request.constraints(), leaf)) {
                unreachable.put(leaf, NoPath.of(NoPathReason.ENDPOINT_EXCLUDED, "leaf '" + leaf + "' is excluded"));
            } else {
                w.pending.add(v);
                if (first == null) {
                    first = leaf;
                }
            }
        }
        return first;
    }

    private static boolean excludesNode(PathRequest c, String id) {
        for (Exclusion x : c.exclusions()) {
            if (x.kind() == Exclusion.Kind.NODE && x.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void takahashiMatsuyama(Scratch w, TeSnapshot s) {
        Query q = w.query;
        LinkFilter filter = q.filter;
        SearchTree tree = w.search;
        MinHeap heap = w.heap;
        while (!w.pending.isEmpty()) {
            tree.clear(s.nodeCount());
            heap.clear();
            for (int i = 0; i < w.treeNodeCount; i++) {
                int t = w.treeNodes[i];
                tree.set(t, 0, 0, -1);
                heap.push(t, 0, 0);
            }
            int reached = -1;
            while (!heap.isEmpty()) {
                long d = heap.peekKey();
                int u = heap.pop();
                if (tree.settled(u) || d > tree.dist(u)) {
                    continue;
                }
                tree.settle(u);
                if (w.pending.contains(u)) {
                    reached = u;
                    break;
                }
                for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                    int l = s.outLink(i);
                    if (filter.allows(l)) {
                        int v = s.dst(l);
                        long nd = d + q.cost(l);
                        if (tree.improves(v, nd, 0)) {
                            tree.set(v, nd, 0, l);
                            heap.push(v, nd, 0);
                        }
                    }
                }
            }
            if (reached < 0) {
                return; // the remaining leaves are unreachable from the tree
            }
            w.graft(s, tree, reached);
        }
    }

    private static void shortestPathTree(Scratch w, TeSnapshot s, int source) {
        Query q = w.query;
        LinkFilter filter = q.filter;
        SearchTree tree = w.search;
        MinHeap heap = w.heap;
        tree.clear(s.nodeCount());
        heap.clear();
        tree.set(source, 0, 0, -1);
        heap.push(source, 0, 0);
        int toSettle = w.pending.size();
        while (!heap.isEmpty() && toSettle > 0) {
            long d = heap.peekKey();
            int u = heap.pop();
            if (tree.settled(u) || d > tree.dist(u)) {
                continue;
            }
            tree.settle(u);
            if (w.pending.contains(u)) {
                toSettle--;
            }
            for (int i = s.outStart(u), end = s.outStart(u + 1); i < end; i++) {
                int l = s.outLink(i);
                if (filter.allows(l)) {
                    int v = s.dst(l);
                    long nd = d + q.cost(l);
                    if (tree.improves(v, nd, 0)) {
                        tree.set(v, nd, 0, l);
                        heap.push(v, nd, 0);
                    }
                }
            }
        }
        for (int v = 0, n = s.nodeCount(); v < n; v++) {
            if (w.pending.contains(v) && tree.settled(v)) {
                w.graft(s, tree, v);
            }
        }
    }

    private P2mpResult result(Scratch w, TeSnapshot s, P2mpRequest request, int source,
                              Map<String, NoPath> unreachable) {
        Query q = w.query;
        List<P2mpResult.Branch> branches = new ArrayList<>();
        for (String leaf : request.leaves()) {
            int v = s.nodeIndex(leaf);
            if (unreachable.containsKey(leaf) || alreadyListed(branches, leaf)) {
                continue;
            }
            if (!w.inTree.contains(v)) {
                unreachable.put(leaf, explain(s, request.toLeaf(leaf)));
                continue;
            }
            w.branch.clear();
            for (int at = v; at != source; at = s.src(w.treeVia[at])) {
                w.branch.add(w.treeVia[at]);
            }
            w.branch.reverseFrom(0);
            branches.add(new P2mpResult.Branch(leaf, Path.build(q, source, w.branch)));
        }
        if (branches.isEmpty()) {
            NoPath first = unreachable.values().iterator().next();
            return new P2mpResult.Failed(new NoPath(first.reason(), "no leaf is reachable; first leaf: "
                    + first.detail(), first.unsatisfied()));
        }
        long cost = 0;
        int[] links = new int[w.treeLinkCount];
        for (int i = 0; i < links.length; i++) {
            links[i] = w.treeLinks[i];
            cost += q.cost(links[i]);
        }
        return new P2mpResult.Tree(branches, links, cost, unreachable, s.version());
    }

    private static boolean alreadyListed(List<P2mpResult.Branch> branches, String leaf) {
        for (P2mpResult.Branch b : branches) {
            if (b.leaf().equals(leaf)) {
                return true;
            }
        }
        return false;
    }

    private NoPath explain(TeSnapshot s, PathRequest toLeaf) {
        PathResult r = diagnosis.compute(s, toLeaf);
        if (r instanceof NoPath noPath) {
            return noPath;
        }
        // The single-path computation drops preferred exclusions as a last resort; trees do not.
        return new NoPath(NoPathReason.EXCLUSIONS_DISCONNECT,
                "the leaf is reachable only through a preferred (best-effort) exclusion",
                Set.of(ConstraintKind.EXCLUSION));
    }

    private static P2mpResult failed(NoPathReason reason, String detail) {
        return new P2mpResult.Failed(NoPath.of(reason, detail));
    }

    /** One thread's search state and the tree under construction. */
    private static final class Scratch {
        final Query query = new Query();
        final SearchTree search = new SearchTree();
        final MinHeap heap = new MinHeap();
        final Marks pending = new Marks();
        final Marks inTree = new Marks();
        final PathBuffer branch = new PathBuffer();
        int[] treeVia = new int[0];
        int[] treeNodes = new int[0];
        int treeNodeCount;
        int[] treeLinks = new int[0];
        int treeLinkCount;

        void startTree(int nodes, int source) {
            if (treeVia.length < nodes) {
                treeVia = new int[nodes];
                treeNodes = new int[nodes];
                treeLinks = new int[nodes];
            }
            inTree.clear(nodes);
            inTree.add(source);
            treeVia[source] = -1;
            treeNodes[0] = source;
            treeNodeCount = 1;
            treeLinkCount = 0;
        }

        /** Adds the search's path to {@code leaf}, from its last tree node on, in source-to-leaf order. */
        void graft(TeSnapshot s, SearchTree search, int leaf) {
            int first = treeLinkCount;
            for (int v = leaf; !inTree.contains(v); v = s.src(search.via(v))) {
                int l = search.via(v);
                treeVia[v] = l;
                inTree.add(v);
                pending.remove(v);
                treeNodes[treeNodeCount++] = v;
                treeLinks[treeLinkCount++] = l;
            }
            for (int i = first, j = treeLinkCount - 1; i < j; i++, j--) {
                int t = treeLinks[i];
                treeLinks[i] = treeLinks[j];
                treeLinks[j] = t;
            }
        }
    }
}
