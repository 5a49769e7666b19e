package org.pathwise.cli.topology;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;

/**
 * What {@code topology info} reports about a snapshot: sizes, degrees, connectivity and the range
 * of every TE attribute. Bandwidths in Gbit/s, delays in µs.
 */
record TopologySummary(String name, long nodes, long links, long adjacencies, long oneWayLinks,
                       Degree outDegree, Connectivity connectivity,
                       Range bandwidthGbps, Range igpMetric, Range teMetric, Range delayMicros,
                       long nodesWithCoordinates, Sr sr, Optical optical, long linksWithSrlg, long distinctSrlgs,
                       long linksWithAdminGroup) {

    record Degree(int min, int max, double mean, int median) {
    }

    /** Weakly connected components; strongly connected = every node reaches every node along links. */
    record Connectivity(int components, int largestComponent, boolean stronglyConnected) {
    }

    record Range(double min, double max) {
    }

    record Sr(long nodesWithSrgb, long nodesWithNodeSid, long nodesWithSrv6Locator, long linksWithAdjacencySid) {
    }

    record Optical(long opticalLinks, int minChannels, int maxChannels) {
    }

    static TopologySummary of(TeSnapshot s, String name) {
        int n = s.nodeCount();
        int m = s.linkCount();
        long paired = 0;
        for (int l = 0; l < m; l++) {
            paired += s.reverse(l) >= 0 ? 1 : 0;
        }
        int[] degrees = new int[n];
        for (int v = 0; v < n; v++) {
            degrees[v] = s.outDegree(v);
        }
        Arrays.sort(degrees);
        Degree degree = n == 0 ? new Degree(0, 0, 0, 0)
                : new Degree(degrees[0], degrees[n - 1], (double) m / n, degrees[n / 2]);
        double[] bw = new double[m];
        double[] igp = new double[m];
        double[] te = new double[m];
        double[] delay = new double[m];
        long srlgLinks = 0;
        long agLinks = 0;
        long adjSid = 0;
        long optical = 0;
        int minCh = Integer.MAX_VALUE;
        int maxCh = 0;
        Set<Integer> srlgs = new HashSet<>();
        for (int l = 0; l < m; l++) {
            bw[l] = s.maxBandwidth(l) * 8 / 1e9;
            igp[l] = s.igpMetric(l);
            te[l] = s.teMetric(l);
            delay[l] = s.delayMicros(l);
            srlgLinks += s.srlgCount(l) > 0 ? 1 : 0;
            for (int i = 0; i < s.srlgCount(l); i++) {
                srlgs.add(s.srlg(l, i));
            }
            agLinks += s.adminGroup(l) != 0 || s.extendedAdminGroupWords(l) > 0 ? 1 : 0;
            adjSid += s.adjacencySidLabel(l) >= 0 ? 1 : 0;
            if (s.wavelengthCount(l) > 0) {
                optical++;
                minCh = Math.min(minCh, s.wavelengthCount(l));
                maxCh = Math.max(maxCh, s.wavelengthCount(l));
            }
        }
        long coords = 0;
        long srgb = 0;
        long nodeSid = 0;
        long srv6 = 0;
        for (Node node : s.nodes()) {
            coords += node.hasCoordinates() ? 1 : 0;
            if (node.sr() != null) {
                srgb += node.sr().srgbRange() > 0 ? 1 : 0;
                nodeSid += node.sr().nodeSidLabel() >= 0 ? 1 : 0;
                srv6 += node.sr().srv6Locator() != null ? 1 : 0;
            }
        }
        return new TopologySummary(name, n, m, paired / 2, m - paired, degree, connectivity(s),
                range(bw), range(igp), range(te), range(delay), coords, new Sr(srgb, nodeSid, srv6, adjSid),
                new Optical(optical, optical == 0 ? 0 : minCh, maxCh), srlgLinks, srlgs.size(), agLinks);
    }

    private static Range range(double[] values) {
        if (values.length == 0) {
            return new Range(0, 0);
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Range(min, max);
    }

    private static Connectivity connectivity(TeSnapshot s) {
        int n = s.nodeCount();
        if (n == 0) {
            return new Connectivity(0, 0, true);
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int components = 0;
        int largest = 0;
        for (int start = 0; start < n; start++) {
            if (component[start] < 0) {
                largest = Math.max(largest, flood(s, start, component, components++, true, true));
            }
        }
        boolean strong = components == 1;
        if (strong) {
            // One weak component: strongly connected iff node 0 reaches all and all reach node 0.
            strong = reachFrom0(s, true) == n && reachFrom0(s, false) == n;
        }
        return new Connectivity(components, largest, strong);
    }

    private static int reachFrom0(TeSnapshot s, boolean forward) {
        int[] mark = new int[s.nodeCount()];
        Arrays.fill(mark, -1);
        return flood(s, 0, mark, 0, forward, !forward);
    }

    /** Marks and counts nodes reachable from {@code start} along out-links and/or against in-links. */
    private static int flood(TeSnapshot s, int start, int[] mark, int label, boolean forward, boolean backward) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        mark[start] = label;
        queue.add(start);
        int count = 1;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (forward) {
                for (int i = s.outStart(u); i < s.outStart(u + 1); i++) {
                    count += visit(s.dst(s.outLink(i)), mark, label, queue);
                }
            }
            if (backward) {
                for (int i = s.inStart(u); i < s.inStart(u + 1); i++) {
                    count += visit(s.src(s.inLink(i)), mark, label, queue);
                }
            }
        }
        return count;
    }

    private static int visit(int v, int[] mark, int label, ArrayDeque<Integer> queue) {
        if (mark[v] >= 0) {
            return 0;
        }
        mark[v] = label;
        queue.add(v);
        return 1;
    }
}
