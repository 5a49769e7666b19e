package org.pathwise.ted.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Waxman's random geometric graph (B. M. Waxman, "Routing of multipoint connections", IEEE JSAC
 * 6(9), 1988): u–v is linked with probability ∝ exp(−d(u,v) / (α·L)), L the largest distance.
 * Here with an exact edge count and guaranteed connectivity:
 * <ol>
 *   <li>a nearest-neighbour spanning tree: nodes in random order each join the nearest node
 *       already placed (found with a grid index, so 50,000 nodes take well under a second);
 *   <li>the remaining edges drawn with Waxman's probability: a uniform pair (u, v) is kept with
 *       probability exp(−d / (α·L)), duplicates drawn again.
 * </ol>
 */
final class Waxman {

    /** Distance scale α: small values make links local, as in real backbones. */
    static final double ALPHA = 0.15;

    private Waxman() {
    }

    static EdgeSet edges(Placement p, int n, int target, SplittableRandom random) {
        EdgeSet edges = new EdgeSet();
        nearestNeighbourTree(p, n, edges, random);
        addWaxmanEdges(p, n, edges, target, random);
        return edges;
    }

    /** Adds Waxman-distributed edges until {@code edges} holds {@code target}. */
    static void addWaxmanEdges(Placement p, int n, EdgeSet edges, int target, SplittableRandom random) {
        long pairs = (long) n * (n - 1) / 2;
        if (target > pairs / 2) {
            addDense(p, n, edges, target, random);
            return;
        }
        double scale = ALPHA * Math.sqrt(2);
        while (edges.size() < target) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v && random.nextDouble() < Math.exp(-distance(p, u, v) / scale)) {
                edges.add(u, v);
            }
        }
    }

    /** Dense targets: weighted sampling without replacement over every missing pair (Efraimidis–Spirakis keys). */
    private static void addDense(Placement p, int n, EdgeSet edges, int target, SplittableRandom random) {
        double scale = ALPHA * Math.sqrt(2);
        List<double[]> candidates = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (!edges.contains(u, v)) {
                    double weight = Math.exp(-distance(p, u, v) / scale);
                    candidates.add(new double[] {-Math.log(random.nextDouble()) / weight, u, v});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(x[0], y[0]));
        for (int i = 0; edges.size() < target; i++) {
            edges.add((int) candidates.get(i)[1], (int) candidates.get(i)[2]);
        }
    }

    private static void nearestNeighbourTree(Placement p, int n, EdgeSet edges, SplittableRandom random) {
        int[] order = permutation(n, random);
        int g = Math.max(1, (int) Math.ceil(Math.sqrt(n / 2.0)));
        int[][] cells = new int[g * g][];
        int[] fill = new int[g * g];
        insert(cells, fill, cell(p, order[0], g), order[0]);
        for (int k = 1; k < n; k++) {
            int u = order[k];
            int cx = Math.min(g - 1, (int) (p.x(u) * g));
            int cy = Math.min(g - 1, (int) (p.y(u) * g));
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int r = 0; r < g; r++) {
                for (int x = cx - r; x <= cx + r; x++) {
                    for (int y = cy - r; y <= cy + r; y++) {
                        if (x < 0 || y < 0 || x >= g || y >= g || (Math.abs(x - cx) != r && Math.abs(y - cy) != r)) {
                            continue; // outside the grid, or inside the ring (already searched)
                        }
                        int c = y * g + x;
                        for (int i = 0; i < fill[c]; i++) {
                            int v = cells[c][i];
                            double d = distance(p, u, v);
                            if (d < bestD) {
                                bestD = d;
                                best = v;
                            }
                        }
                    }
                }
                // Anything in ring r+1 or beyond is at least r cell widths away.
                if (best >= 0 && bestD <= (double) r / g) {
                    break;
                }
            }
            edges.add(u, best);
            insert(cells, fill, cy * g + cx, u);
        }
    }

    private static int cell(Placement p, int u, int g) {
        return Math.min(g - 1, (int) (p.y(u) * g)) * g + Math.min(g - 1, (int) (p.x(u) * g));
    }

    private static void insert(int[][] cells, int[] fill, int c, int u) {
        if (cells[c] == null) {
            cells[c] = new int[4];
        } else if (fill[c] == cells[c].length) {
            cells[c] = java.util.Arrays.copyOf(cells[c], fill[c] * 2);
        }
        cells[c][fill[c]++] = u;
    }

    static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static double distance(Placement p, int u, int v) {
        double dx = p.x(u) - p.x(v);
        double dy = p.y(u) - p.y(v);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
