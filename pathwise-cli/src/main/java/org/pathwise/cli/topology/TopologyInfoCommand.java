package org.pathwise.cli.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.TopologyDocument;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pathwise topology info FILE [--json]}. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a topology file: counts, degrees, connectivity, capacity/metric/delay ranges, SR and optical data.")
final class TopologyInfoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Topology file (.json, .yaml, .txt SNDlib, .gml, .graphml, .n2p)")
    Path file;

    @Option(names = "--json", description = "Print the summary as JSON (for scripts).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TopologyDocument doc;
        try {
            doc = TopologyFiles.read(file);
        } catch (TopologyException e) {
            spec.commandLine().getErr().println("pathwise: " + e.getMessage());
            return 1;
        }
        TopologySummary s = TopologySummary.of(doc.snapshot(), doc.name());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s));
        } else {
            print(s, out);
        }
        out.flush();
        return 0;
    }

    private static void print(TopologySummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "%s%n", s.name() == null ? "(unnamed topology)" : s.name());
        out.printf(Locale.ROOT, "  nodes          %d (%d with coordinates)%n", s.nodes(), s.nodesWithCoordinates());
        out.printf(Locale.ROOT, "  links          %d directed: %d bidirectional adjacencies, %d one-way%n",
                s.links(), s.adjacencies(), s.oneWayLinks());
        out.printf(Locale.ROOT, "  out-degree     min %d, median %d, mean %.2f, max %d%n",
                s.outDegree().min(), s.outDegree().median(), s.outDegree().mean(), s.outDegree().max());
        TopologySummary.Connectivity c = s.connectivity();
        out.printf(Locale.ROOT, "  connectivity   %s%n", c.components() <= 1
                ? (c.stronglyConnected() ? "connected (every node reaches every node)" : "one component, but some nodes cannot reach others along link directions")
                : c.components() + " components (largest " + c.largestComponent() + " nodes)");
        out.printf(Locale.ROOT, "  bandwidth      %s .. %s Gbit/s%n", num(s.bandwidthGbps().min()), num(s.bandwidthGbps().max()));
        out.printf(Locale.ROOT, "  IGP metric     %s .. %s%n", num(s.igpMetric().min()), num(s.igpMetric().max()));
        out.printf(Locale.ROOT, "  TE metric      %s .. %s%n", num(s.teMetric().min()), num(s.teMetric().max()));
        out.printf(Locale.ROOT, "  delay          %s .. %s µs%n", num(s.delayMicros().min()), num(s.delayMicros().max()));
        out.printf(Locale.ROOT, "  SRLGs          %d links, %d distinct groups%n", s.linksWithSrlg(), s.distinctSrlgs());
        out.printf(Locale.ROOT, "  admin groups   %d links%n", s.linksWithAdminGroup());
        out.printf(Locale.ROOT, "  segment rtg    %d nodes with SRGB, %d with node SID, %d with SRv6 locator; %d links with adjacency SID%n",
                s.sr().nodesWithSrgb(), s.sr().nodesWithNodeSid(), s.sr().nodesWithSrv6Locator(), s.sr().linksWithAdjacencySid());
        out.printf(Locale.ROOT, "  optical        %s%n", s.optical().opticalLinks() == 0 ? "none"
                : s.optical().opticalLinks() + " links, " + (s.optical().minChannels() == s.optical().maxChannels()
                        ? s.optical().minChannels() + " channels" : s.optical().minChannels() + ".." + s.optical().maxChannels() + " channels"));
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }
}
