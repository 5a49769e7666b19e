package org.pathwise.compute.p2mp;

/** What a point-to-multipoint tree minimises (RFC 6006 §3.6 objective functions SPT and MCT). */
public enum TreeObjective {
    /**
     * Minimum Cost Tree (MCT, OF code 8): the Takahashi-Matsuyama Steiner heuristic — grow the
     * tree from the source by the cheapest path from the tree to the nearest unconnected leaf.
     * Cost at most 2(1 - 1/L) times the optimal Steiner tree for L leaves when link costs are
     * symmetric; no constant bound on asymmetric directed costs.
     */
    MIN_COST_TREE,
    /**
     * Shortest Path Tree (SPT, OF code 7): every leaf on its own cheapest path from the source
     * (one Dijkstra tree), at a tree cost up to L times the Steiner optimum.
     */
    SHORTEST_PATH_TREE
}
