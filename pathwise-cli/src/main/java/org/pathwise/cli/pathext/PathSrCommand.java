package org.pathwise.cli.pathext;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.sr.SrEncoding;
import org.pathwise.compute.sr.SrPathComputer;
import org.pathwise.ted.TeSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathwise path-sr TOPOLOGY --from A --to B --msd N}: a constrained path as an SR-MPLS SID list. */
@Command(name = "path-sr", mixinStandardHelpOptions = true,
        description = "Compute a constrained path and its shortest SR-MPLS SID list within the MSD (node SIDs only "
                + "where every IGP shortest path, ECMP included, stays on the path; adjacency SIDs elsewhere).")
public final class PathSrCommand extends ExtensionVerb {

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "Head-end node id")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NODE", description = "Tail-end node id")
    String to;

    @Option(names = "--msd", defaultValue = "10", paramLabel = "N", description = "Maximum SID depth of the head-end "
            + "(default ${DEFAULT-VALUE})")
    int msd;

    @Option(names = "--candidates", defaultValue = "1", paramLabel = "K",
            description = "Try up to K shortest paths until one fits the MSD (default ${DEFAULT-VALUE}: the best path only)")
    int candidates;

    @Override
    Map<String, Object> compute(TeSnapshot s) {
        SrEncoding e = new SrPathComputer(new PathComputer()).compute(s, constraints.request(from, to).build(), msd, candidates);
        return switch (e) {
            case SrEncoding.Failed f -> ResultJson.noPath(f.noPath());
            case SrEncoding.Encoded enc -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("result", "path");
                m.put("path", ResultJson.path(s, enc.path()));
                m.put("sids", ResultJson.sids(enc.sids()));
                yield m;
            }
        };
    }
}
