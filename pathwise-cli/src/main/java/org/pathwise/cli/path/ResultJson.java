package org.pathwise.cli.path;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathResult;
import org.pathwise.ted.TeSnapshot;

/** The JSON shape of {@code pathwise path --json}. Bandwidth in bits/s, delay in µs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResultJson(boolean found, long snapshotVersion, List<PathJson> paths, List<String> caveats,
                  SharingJson sharing, String reason, String detail, List<String> unsatisfied) {

    record PathJson(List<String> nodes, List<String> links, long igp, long te, int hops, long delayMicros,
                    Double minUnreservedBitsPerSecond) {
    }

    record SharingJson(int links, int nodes, int srlgs) {
    }

    static ResultJson of(TeSnapshot s, PathResult result) {
        return switch (result) {
            case PathResult.Found f -> new ResultJson(true, s.version(),
                    f.paths().stream().map(p -> path(s, p)).toList(),
                    f.caveats().stream().map(Enum::name).sorted().toList(),
                    new SharingJson(f.sharing().links(), f.sharing().nodes(), f.sharing().srlgs()),
                    null, null, null);
            case PathResult.NoPath np -> new ResultJson(false, s.version(), null, null, null,
                    np.reason().name(), np.detail(), np.unsatisfied().stream().map(Enum::name).sorted().toList());
        };
    }

    private static PathJson path(TeSnapshot s, Path p) {
        double bw = p.minUnreservedBandwidth();
        return new PathJson(List.of(p.nodeIds(s)), List.of(p.linkIds(s)), p.igpMetric(), p.teMetric(),
                p.hopCount(), p.delayMicros(), Double.isInfinite(bw) ? null : bw * 8);
    }
}
