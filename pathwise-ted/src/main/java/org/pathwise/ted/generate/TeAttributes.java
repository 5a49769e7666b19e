package org.pathwise.ted.generate;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;
import org.pathwise.ted.io.GreatCircle;

/**
 * Realistic TE attributes for a generated graph. Nodes {@code N0..N(n-1)}: router ID
 * {@code 10.x.y.z} = 10.0.0.0 + index + 1, coordinates, SR-MPLS with SRGB 16000/8000 (widened to
 * the node count above 8,000 nodes) and node SID index = node index. Adjacency {@code k} becomes
 * links {@code L<k>} (lower node → higher) and {@code L<k>/r}, numbered from 100.64.0.0/10 as a
 * /31, with:
 * <ul>
 *   <li>bandwidth 1, 10, 40 or 100 Gbit/s (10 %, 50 %, 20 %, 20 %);
 *   <li>IGP metric = length in km (≥ 1); TE metric = 100 Gbit/s reference ÷ bandwidth × 10
 *       (OSPF auto-cost style), so IGP and TE shortest paths differ;
 *   <li>delay = fibre along the great circle;
 *   <li>admin groups: bit 0 on 20 % of links, bit 1 on 30 %, bit 2 on 10 %; extended admin group =
 *       the same bits plus bit 40 on 10 % of links;
 *   <li>SRLGs: 30 % of links share one with the other links whose midpoints fall in the same cell
 *       of an 8 × 8 grid over the region (a conduit), SRLG = 100 + cell;
 *   <li>adjacency SIDs: each node numbers its out-links from the label after its SRGB (24000 by default);
 *   <li>optical (when requested): each direction has every channel free except a random 0–30 %.
 * </ul>
 */
final class TeAttributes {

    private static final double GBPS = 1e9 / 8;
    private static final double[] BANDWIDTHS = {1 * GBPS, 10 * GBPS, 40 * GBPS, 100 * GBPS};
    private static final double[] BANDWIDTH_SHARE = {0.10, 0.50, 0.20, 0.20};
    static final int SRGB_BASE = 16000;
    static final int SRGB_RANGE = 8000;
    private static final int SRLG_GRID = 8;

    private TeAttributes() {
    }

    static TeSnapshot build(Placement p, EdgeSet edges, GeneratorSpec spec, SplittableRandom random) {
        int n = spec.nodes();
        int srgbRange = Math.max(SRGB_RANGE, (n + 999) / 1000 * 1000);
        int adjacencySidBase = SRGB_BASE + srgbRange;
        TopologyBuilder b = TopologyBuilder.create();
        for (int i = 0; i < n; i++) {
            b.addNode(new Node("N" + i, "N" + i, (Inet4Address) ipv4(0x0A00_0000 + i + 1), null, List.of(),
                    SrNodeInfo.mpls(SRGB_BASE, srgbRange, i), p.lat[i], p.lon[i]));
        }
        int[] nextAdjacencySid = new int[n];
        for (int e = 0; e < edges.size(); e++) {
            int u = Math.min(edges.a(e), edges.b(e));
            int v = Math.max(edges.a(e), edges.b(e));
            double km = GreatCircle.km(p.lat[u], p.lon[u], p.lat[v], p.lon[v]);
            double bandwidth = pick(random);
            int adminGroup = (random.nextDouble() < 0.2 ? 1 : 0) | (random.nextDouble() < 0.3 ? 2 : 0)
                    | (random.nextDouble() < 0.1 ? 4 : 0);
            long[] eag = random.nextDouble() < 0.1 ? new long[] {adminGroup | (1L << 40)} : new long[] {adminGroup};
            int[] srlgs = random.nextDouble() < 0.3 ? new int[] {100 + conduit(p, u, v)} : new int[0];
            // 100.64.0.0/10, one /31 per adjacency: .2k on the lower node, .2k+1 on the higher.
            int subnet = 0x6440_0000 + 2 * e;
            Link.Builder forward = Link.builder("L" + e, "N" + u, "N" + v)
                    .addresses(ipv4(subnet), ipv4(subnet + 1))
                    .igpMetric(GreatCircle.metricFromKm(km))
                    .teMetric(Math.max(1, Math.round(100 * GBPS / bandwidth * 10)))
                    .delayMicros(GreatCircle.delayMicros(km))
                    .maxBandwidth(bandwidth)
                    .adminGroup(adminGroup)
                    .extendedAdminGroup(eag)
                    .srlgs(srlgs)
                    .adjacencySidLabel(adjacencySidBase + nextAdjacencySid[u]++);
            if (spec.wavelengths() > 0) {
                forward.wavelengths(channels(spec.wavelengths(), random), spec.wavelengths());
            }
            Link f = forward.build();
            Link.Builder backward = f.mirror("L" + e + "/r").toBuilder().adjacencySidLabel(adjacencySidBase + nextAdjacencySid[v]++);
            if (spec.wavelengths() > 0) {
                backward.wavelengths(channels(spec.wavelengths(), random), spec.wavelengths());
            }
            b.addBidirectional(f, backward.build());
        }
        return b.build();
    }

    private static double pick(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < BANDWIDTHS.length - 1; i++) {
            r -= BANDWIDTH_SHARE[i];
            if (r < 0) {
                return BANDWIDTHS[i];
            }
        }
        return BANDWIDTHS[BANDWIDTHS.length - 1];
    }

    private static int conduit(Placement p, int u, int v) {
        double x = (p.x(u) + p.x(v)) / 2;
        double y = (p.y(u) + p.y(v)) / 2;
        int cx = Math.min(SRLG_GRID - 1, Math.max(0, (int) (x * SRLG_GRID)));
        int cy = Math.min(SRLG_GRID - 1, Math.max(0, (int) (y * SRLG_GRID)));
        return cy * SRLG_GRID + cx;
    }

    private static BitSet channels(int count, SplittableRandom random) {
        BitSet free = new BitSet(count);
        free.set(0, count);
        int used = (int) (count * 0.3 * random.nextDouble());
        for (int i = 0; i < used; i++) {
            free.clear(random.nextInt(count));
        }
        return free;
    }

    private static InetAddress ipv4(int address) {
        return SyntheticAddressing.ipv4(address);
    }
}
