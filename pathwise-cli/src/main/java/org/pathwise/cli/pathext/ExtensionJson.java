package org.pathwise.cli.pathext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.sr.Nai;
import org.pathwise.compute.sr.Sid;
import org.pathwise.ted.TeSnapshot;

/**
 * JSON shapes of the extension answers, as ordered maps. Paths use the same fields as
 * {@code pathwise path --json} (bandwidth in bits/s, delay in µs); every answer has
 * {@code found} and {@code snapshotVersion}, and a no-path answer {@code reason}, {@code detail}
 * and {@code unsatisfied}, like the plain path.
 */
final class ExtensionJson {
    private ExtensionJson() {
    }

    static Map<String, Object> found(TeSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", true);
        m.put("snapshotVersion", s.version());
        return m;
    }

    static Map<String, Object> noPath(TeSnapshot s, NoPath n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", false);
        m.put("snapshotVersion", s.version());
        m.putAll(reason(n));
        return m;
    }

    static Map<String, Object> reason(NoPath n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", n.reason().name());
        m.put("detail", n.detail());
        m.put("unsatisfied", n.unsatisfied().stream().map(Enum::name).sorted().toList());
        return m;
    }

    static Map<String, Object> path(TeSnapshot s, Path p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", List.of(p.nodeIds(s)));
        m.put("links", List.of(p.linkIds(s)));
        m.put("igp", p.igpMetric());
        m.put("te", p.teMetric());
        m.put("hops", p.hopCount());
        m.put("delayMicros", p.delayMicros());
        double bw = p.minUnreservedBandwidth();
        m.put("minUnreservedBitsPerSecond", Double.isInfinite(bw) ? null : bw * 8);
        return m;
    }

    static List<Map<String, Object>> sids(List<Sid> sids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Sid sid : sids) {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (sid) {
                case Sid.NodeSid n -> {
                    m.put("type", "node");
                    m.put("label", n.label());
                    m.put("node", n.nodeId());
                    m.put("index", n.index());
                }
                case Sid.AdjacencySid a -> {
                    m.put("type", "adjacency");
                    m.put("label", a.label());
                    m.put("link", a.linkId());
                }
            }
            m.put("fromHop", sid.fromHop());
            m.put("toHop", sid.toHop());
            m.put("nai", nai(sid.nai()));
            out.add(m);
        }
        return out;
    }

    private static Object nai(Nai nai) {
        return switch (nai) {
            case Nai.NodeAddress n -> Map.of("node", n.address().getHostAddress());
            case Nai.AdjacencyAddresses a -> Map.of("local", a.local().getHostAddress(), "remote", a.remote().getHostAddress());
            case Nai.UnnumberedAdjacency u -> Map.of("localNode", u.localNodeId().getHostAddress(),
                    "localInterface", u.localInterfaceId(), "remoteNode", u.remoteNodeId().getHostAddress(),
                    "remoteInterface", u.remoteInterfaceId());
            case Nai.Absent a -> "absent";
        };
    }
}
