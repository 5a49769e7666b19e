package org.pathwise.cli.pathext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.sr.Nai;
import org.pathwise.compute.sr.Sid;
import org.pathwise.ted.TeSnapshot;

/** JSON shapes of the extension verbs' answers: plain maps, so field order is the printed order. */
final class ResultJson {
    /** Exit status when the computation answered "no path" (2 is left to picocli's usage errors). */
    static final int NO_PATH = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    static void print(PrintWriter out, Map<String, Object> value) throws Exception {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }

    static Map<String, Object> path(TeSnapshot s, Path p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", List.of(p.nodeIds(s)));
        m.put("links", List.of(p.linkIds(s)));
        m.put("teMetric", p.teMetric());
        m.put("igpMetric", p.igpMetric());
        m.put("hops", p.hopCount());
        m.put("delayMicros", p.delayMicros());
        m.put("minUnreservedBandwidth", p.minUnreservedBandwidth());
        return m;
    }

    static Map<String, Object> noPath(NoPath n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", "no-path");
        m.put("reason", n.reason().name());
        m.put("detail", n.detail());
        m.put("unsatisfied", n.unsatisfied().stream().map(Enum::name).sorted().toList());
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
