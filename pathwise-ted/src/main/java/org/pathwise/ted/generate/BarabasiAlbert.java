package org.pathwise.ted.generate;

import java.util.SplittableRandom;

/**
 * Barabási–Albert preferential attachment (Science 286, 1999): nodes arrive one by one and link to
 * existing nodes with probability proportional to their degree, giving the heavy-tailed degrees of
 * hub-and-spoke networks. Every arriving node links to at least one earlier node, so the graph is
 * connected; the per-node edge counts are spread so the total is exactly the target.
 */
final class BarabasiAlbert {

    private BarabasiAlbert() {
    }

    static EdgeSet edges(int n, int target, SplittableRandom random) {
        EdgeSet edges = new EdgeSet();
        // Every edge endpoint, once per endpoint: a uniform pick from it is a degree-proportional pick.
        int[] endpoints = new int[2 * target];
        int endpointCount = 0;
        int perNode = target / (n - 1);
        int extra = target % (n - 1);
        int carry = 0;
        int[] chosen = new int[n];
        for (int i = 1; i < n; i++) {
            int want = perNode + (i > n - 1 - extra ? 1 : 0) + carry;
            int k = Math.min(i, want);
            carry = want - k;
            int picked = 0;
            while (picked < k) {
                int v = -1;
                for (int attempt = 0; attempt < 8 && v < 0; attempt++) {
                    int candidate = endpointCount == 0 ? random.nextInt(i) : endpoints[random.nextInt(endpointCount)];
                    if (!edges.contains(i, candidate)) {
                        v = candidate;
                    }
                }
                if (v < 0) { // unlucky streak among a few hubs: take any earlier node not yet linked
                    int start = random.nextInt(i);
                    for (int j = 0; j < i && v < 0; j++) {
                        int candidate = (start + j) % i;
                        if (!edges.contains(i, candidate)) {
                            v = candidate;
                        }
                    }
                }
                chosen[picked++] = v;
                edges.add(i, v);
            }
            for (int j = 0; j < k; j++) {
                endpoints[endpointCount++] = i;
                endpoints[endpointCount++] = chosen[j];
            }
        }
        return edges;
    }
}
