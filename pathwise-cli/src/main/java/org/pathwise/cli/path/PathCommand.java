package org.pathwise.cli.path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pathwise.compute.Path;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.Bandwidth;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathwise path}: offline path computation on a topology file, with the same constraints
 * the PCE serves over PCEP. Exit code 0 when a path is found, 2 when there is none (the reason is
 * printed), 1 for bad input.
 */
@Command(name = "path", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute a constrained path (or k paths, or a disjoint pair) on a topology file.",
            "Exit code: 0 path found, 2 no path (reason printed), 1 bad input."})
public final class PathCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--topology", required = true, paramLabel = "FILE",
            description = "Topology file (.json, .yaml, SNDlib .txt, .gml, .graphml, .n2p).")
    java.nio.file.Path topology;

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "Source node id (or router address).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NODE", description = "Destination node id (or router address).")
    String to;

    @Option(names = "--bandwidth", paramLabel = "BW",
            description = "Bandwidth to reserve, in bits/s with a prefix: 10G, 2.5Gbps, 100M.")
    String bandwidth;

    @Option(names = "--priority", paramLabel = "P", defaultValue = "7",
            description = "Setup (and holding) priority 0..7; bandwidth is checked at this priority. Default 7.")
    int priority;

    @Option(names = "--metric", paramLabel = "igp|te|hop|delay", defaultValue = "te",
            description = "Metric to minimise. Default te.")
    String metric;

    @Option(names = "--objective", paramLabel = "NAME",
            description = "min-metric (default), widest-shortest, shortest-widest or min-load.")
    String objective;

    @Option(names = "--of", paramLabel = "CODE",
            description = "RFC 5541 objective function, by code or name: 1 MCP, 2 MLP, 3 MBP, 4 MBC, 5 MLL, 6 MCC, 7 SPT, 8 MCT.")
    String of;

    @Option(names = "--bound", paramLabel = "METRIC<=N",
            description = "Upper bound on a path metric, repeatable: te<=100, igp<=50, hop<=6, delay<=20000 (µs).")
    List<String> bounds = new ArrayList<>();

    @Option(names = "--max-hops", paramLabel = "N", description = "Hop limit.")
    Integer maxHops;

    @Option(names = "--exclude-any", paramLabel = "MASK", description = "Admin groups to avoid (32-bit mask, e.g. 0x4).")
    String excludeAny;

    @Option(names = "--include-any", paramLabel = "MASK", description = "Use only links with at least one of these admin groups.")
    String includeAny;

    @Option(names = "--include-all", paramLabel = "MASK", description = "Use only links with all of these admin groups.")
    String includeAll;

    @Option(names = "--ext-exclude-any", paramLabel = "BITS", description = "Extended admin group bits (RFC 7308) to avoid: 70,71.")
    List<String> extExcludeAny = new ArrayList<>();

    @Option(names = "--ext-include-any", paramLabel = "BITS", description = "Extended admin group bits, at least one required.")
    List<String> extIncludeAny = new ArrayList<>();

    @Option(names = "--ext-include-all", paramLabel = "BITS", description = "Extended admin group bits, all required.")
    List<String> extIncludeAll = new ArrayList<>();

    @Option(names = "--include", paramLabel = "HOP",
            description = "Visit this hop, in order, repeatable: NODE (loose), strict:NODE, link:LINK, strict:link:LINK.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "NODE|LINK|SRLG",
            description = "Keep off this node, link or SRLG, repeatable (prefix node:, link: or srlg: if ambiguous).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--prefer-exclude", paramLabel = "NODE|LINK|SRLG",
            description = "Avoid if possible (RFC 5521 XRO L bit), repeatable.")
    List<String> preferExclude = new ArrayList<>();

    @Option(names = "--disjoint", paramLabel = "link|node|srlg", description = "Compute a disjoint pair.")
    String disjoint;

    @Option(names = "--pair-objective", paramLabel = "total|primary", defaultValue = "total",
            description = "For --disjoint: minimise the total (default) or the primary's cost.")
    String pairObjective;

    @Option(names = "--k", paramLabel = "N", defaultValue = "1", description = "Return the N shortest loopless paths (Yen).")
    int k;

    @Option(names = "--json", description = "Print the result as JSON (for scripts).")
    boolean json;

    // Extension modes (org.pathwise.cli.pathext; docs/compute-sr-p2mp-rwa.md): one at a time.
    @Option(names = "--sr", description = "Encode the path as the shortest ECMP-safe SR-MPLS SID list within --msd.")
    boolean sr;

    @Option(names = "--msd", paramLabel = "N", defaultValue = "10", description = "With --sr: maximum SID depth. Default 10.")
    int msd;

    @Option(names = "--sr-candidates", paramLabel = "K", defaultValue = "1",
            description = "With --sr: try up to K shortest paths until one fits the MSD. Default 1.")
    int srCandidates;

    @Option(names = "--load-balance", paramLabel = "N",
            description = "Split --bandwidth over at most N paths (RFC 5440 LOAD-BALANCING).")
    Integer loadBalance;

    @Option(names = "--min-bandwidth", paramLabel = "BW", description = "With --load-balance: each path carries at least BW.")
    String minBandwidth;

    @Option(names = "--leaves", split = ",", paramLabel = "NODE",
            description = "P2MP tree from --from to --to and these leaves (--of MCT default, or SPT).")
    List<String> leaves = new ArrayList<>();

    @Option(names = "--wavelength", paramLabel = "POLICY",
            description = "Routing and wavelength assignment: first-fit, random[:SEED] or most-used.")
    String wavelength;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TeSnapshot snapshot;
        try {
            snapshot = TopologyFiles.load(topology);
        } catch (TopologyException e) {
            err.println("pathwise: " + e.getMessage());
            err.flush();
            return 1;
        }
        PathRequest request;
        try {
            request = RequestOptions.build(this, snapshot);
        } catch (RequestOptions.BadFlag | IllegalArgumentException e) {
            err.println("pathwise path: " + e.getMessage());
            err.flush();
            return 1;
        }
        var extension = new org.pathwise.cli.pathext.ExtensionFlags(sr, msd, srCandidates, loadBalance, minBandwidth,
                leaves, of, wavelength);
        if (extension.any()) {
            return org.pathwise.cli.pathext.PathExtensions.run(extension, snapshot, request, json,
                    spec.commandLine().getOut(), err);
        }
        long start = System.nanoTime();
        PathResult result = new PathComputer().compute(snapshot, request);
        long micros = (System.nanoTime() - start) / 1000;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ResultJson.of(snapshot, result)));
        } else {
            print(snapshot, result, request.diversity() != null, micros, out);
        }
        out.flush();
        return result instanceof PathResult.Found ? 0 : 2;
    }

    private static void print(TeSnapshot s, PathResult result, boolean pair, long micros, PrintWriter out) {
        switch (result) {
            case PathResult.Found f -> {
                List<Path> paths = f.paths();
                for (int i = 0; i < paths.size(); i++) {
                    Path p = paths.get(i);
                    String label = pair ? (i == 0 ? "primary" : "secondary")
                            : paths.size() == 1 ? "path" : "path " + (i + 1);
                    out.printf(Locale.ROOT, "%-9s %s%n", label, String.join(" > ", p.nodeIds(s)));
                    out.printf(Locale.ROOT, "          igp %d  te %d  hops %d  delay %d µs  min unreserved %s%n",
                            p.igpMetric(), p.teMetric(), p.hopCount(), p.delayMicros(),
                            Double.isInfinite(p.minUnreservedBandwidth()) ? "-" : Bandwidth.format(p.minUnreservedBandwidth()));
                    out.printf(Locale.ROOT, "          links %s%n", String.join(", ", p.linkIds(s)));
                }
                if (!f.sharing().none()) {
                    out.printf(Locale.ROOT, "shared    %d links, %d nodes, %d SRLGs%n",
                            f.sharing().links(), f.sharing().nodes(), f.sharing().srlgs());
                }
                for (PathResult.Caveat c : f.caveats()) {
                    out.println("note      " + c.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
                out.printf(Locale.ROOT, "computed in %d µs on snapshot version %d%n", micros, s.version());
            }
            case PathResult.NoPath np -> {
                out.println("no path: " + np.reason() + " - " + np.detail());
                if (!np.unsatisfied().isEmpty()) {
                    out.println("unsatisfied: " + np.unsatisfied());
                }
            }
        }
    }
}
